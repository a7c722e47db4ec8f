/* SPDX-License-Identifier: GPL-3.0-or-later
 * One row of the skills matrix. It mirrors the profile and notifies only what really changed,
 * so that a list of a thousand skills updates without rebuilding. */
#define G_LOG_DOMAIN "ladder-skill-row"

#include "config.h"

#include "ladder-i18n.h"

#include "core/ladder-readiness.h"
#include "ladder-skill-row.h"

struct _LadderSkillRow
{
  GObject parent_instance;

  char *id;
  char *title;
  char *group;
  char *note;
  int current;
  int target;
  int expected;
  int gap;
  gboolean custom;
  gboolean hidden;
  const LadderSkill *skill;
};

G_DEFINE_FINAL_TYPE (LadderSkillRow, ladder_skill_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_CURRENT,
  PROP_TARGET,
  PROP_EXPECTED,
  PROP_GAP,
  PROP_NOTE,
  PROP_HIDDEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ladder_skill_row_finalize (GObject *object)
{
  LadderSkillRow *self = LADDER_SKILL_ROW (object);

  g_free (self->id);
  g_free (self->title);
  g_free (self->group);
  g_free (self->note);
  G_OBJECT_CLASS (ladder_skill_row_parent_class)->finalize (object);
}

static void
ladder_skill_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LadderSkillRow *self = LADDER_SKILL_ROW (object);

  switch (prop_id)
    {
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_CURRENT: g_value_set_int (value, self->current); break;
    case PROP_TARGET: g_value_set_int (value, self->target); break;
    case PROP_EXPECTED: g_value_set_int (value, self->expected); break;
    case PROP_GAP: g_value_set_int (value, self->gap); break;
    case PROP_NOTE: g_value_set_string (value, self->note); break;
    case PROP_HIDDEN: g_value_set_boolean (value, self->hidden); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_skill_row_class_init (LadderSkillRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ladder_skill_row_finalize;
  object_class->get_property = ladder_skill_row_get_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_CURRENT] = g_param_spec_int ("current", NULL, NULL, 0, 5, 0, flags);
  properties[PROP_TARGET] = g_param_spec_int ("target", NULL, NULL, 0, 5, 0, flags);
  properties[PROP_EXPECTED] = g_param_spec_int ("expected", NULL, NULL, 0, 5, 0, flags);
  properties[PROP_GAP] = g_param_spec_int ("gap", NULL, NULL, 0, 5, 0, flags);
  properties[PROP_NOTE] = g_param_spec_string ("note", NULL, NULL, NULL, flags);
  properties[PROP_HIDDEN] = g_param_spec_boolean ("hidden", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ladder_skill_row_init (LadderSkillRow *self)
{
}

LadderSkillRow *
ladder_skill_row_new (LadderFramework *framework,
                      const char      *id)
{
  LadderSkillRow *self = g_object_new (LADDER_TYPE_SKILL_ROW, NULL);

  self->id = g_strdup (id);
  self->custom = g_str_has_prefix (id, "custom:");
  self->skill = ladder_framework_lookup_skill (framework, id);
  return self;
}

static void
set_int (LadderSkillRow *self,
         int            *field,
         int             value,
         guint           prop)
{
  if (*field == value)
    return;
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static void
set_str (LadderSkillRow *self,
         char          **field,
         const char     *value,
         guint           prop)
{
  if (g_strcmp0 (*field, value) == 0)
    return;
  g_free (*field);
  *field = g_strdup (value);
  if (prop != PROP_0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

void
ladder_skill_row_refresh (LadderSkillRow *self,
                          LadderProfile  *profile)
{
  LadderFramework *framework = ladder_profile_get_framework (profile);
  const LadderProfileSkill *own;
  const LadderSkillGroup *group;

  g_return_if_fail (LADDER_IS_SKILL_ROW (self));

  own = ladder_profile_lookup_skill (profile, self->id);
  if (own == NULL)
    return;
  group = ladder_framework_lookup_group (framework, self->skill != NULL ? self->skill->group
                                                                        : own->group);
  g_object_freeze_notify (G_OBJECT (self));
  set_str (self, &self->title, self->skill != NULL ? self->skill->title : own->name, PROP_TITLE);
  set_str (self, &self->group, group != NULL ? group->title : "", PROP_0);
  set_str (self, &self->note, own->note, PROP_NOTE);
  set_int (self, &self->current, own->current, PROP_CURRENT);
  set_int (self, &self->target, own->target, PROP_TARGET);
  set_int (self, &self->expected, ladder_skill_expected (framework, profile, self->id),
           PROP_EXPECTED);
  set_int (self, &self->gap, ladder_skill_gap (framework, profile, self->id), PROP_GAP);
  if (self->hidden != own->hidden)
    {
      self->hidden = own->hidden;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIDDEN]);
    }
  g_object_thaw_notify (G_OBJECT (self));
}

const char *ladder_skill_row_get_id (LadderSkillRow *self) { return self->id; }
const char *ladder_skill_row_get_title (LadderSkillRow *self) { return self->title; }
const char *ladder_skill_row_get_group (LadderSkillRow *self) { return self->group; }
int ladder_skill_row_get_current (LadderSkillRow *self) { return self->current; }
int ladder_skill_row_get_target (LadderSkillRow *self) { return self->target; }
int ladder_skill_row_get_expected (LadderSkillRow *self) { return self->expected; }
int ladder_skill_row_get_gap (LadderSkillRow *self) { return self->gap; }
const char *ladder_skill_row_get_note (LadderSkillRow *self) { return self->note; }
gboolean ladder_skill_row_get_custom (LadderSkillRow *self) { return self->custom; }
gboolean ladder_skill_row_get_hidden (LadderSkillRow *self) { return self->hidden; }
const LadderSkill *ladder_skill_row_get_skill (LadderSkillRow *self) { return self->skill; }
