/* SPDX-License-Identifier: GPL-3.0-or-later
 * The built-in product-management framework, translated through po/ like the interface. */
#define G_LOG_DOMAIN "ladder-framework"

#include "config.h"

#include "ladder-i18n.h"

#include "ladder-format.h"
#include "ladder-json.h"
#include "ladder-framework.h"
#include "ladder-profile.h"

struct _LadderFramework
{
  GObject parent_instance;

  char *id;
  char *name;
  GArray *groups; /* LadderSkillGroup */
  GArray *skills; /* LadderSkill */
  GArray *tracks; /* LadderTrack */
  GPtrArray *rules[LADDER_N_RULE_KINDS]; /* LadderRule */
};

G_DEFINE_FINAL_TYPE (LadderFramework, ladder_framework, G_TYPE_OBJECT)

static void
clear_group (gpointer data)
{
  LadderSkillGroup *group = data;

  g_clear_pointer (&group->id, g_free);
  g_clear_pointer (&group->title, g_free);
}

static void
clear_skill (gpointer data)
{
  LadderSkill *skill = data;

  g_clear_pointer (&skill->id, g_free);
  g_clear_pointer (&skill->group, g_free);
  g_clear_pointer (&skill->title, g_free);
  for (guint i = 0; i < LADDER_N_LEVELS; i++)
    g_clear_pointer (&skill->levels[i], g_free);
  for (guint i = 0; i < LADDER_N_STEPS; i++)
    {
      g_clear_pointer (&skill->action_titles[i], g_free);
      g_clear_pointer (&skill->action_outcomes[i], g_free);
    }
  g_clear_pointer (&skill->resources, g_strfreev);
}

static void
clear_rung (LadderRung *rung)
{
  g_clear_pointer (&rung->id, g_free);
  g_clear_pointer (&rung->track, g_free);
  g_clear_pointer (&rung->title, g_free);
  g_clear_pointer (&rung->title_of, g_free);
  g_clear_pointer (&rung->scope, g_free);
  g_clear_pointer (&rung->expectations, g_free);
  g_clear_pointer (&rung->expects, g_free);
}

static void
clear_track (gpointer data)
{
  LadderTrack *track = data;

  for (guint i = 0; i < track->n_rungs; i++)
    clear_rung (&track->rungs[i]);
  g_clear_pointer (&track->rungs, g_free);
  g_clear_pointer (&track->id, g_free);
  g_clear_pointer (&track->title, g_free);
}

static void
rule_free (gpointer data)
{
  LadderRule *rule = data;

  g_strfreev (rule->industries);
  g_strfreev (rule->company_sizes);
  g_strfreev (rule->backgrounds);
  g_strfreev (rule->skills);
  g_strfreev (rule->groups);
  g_free (rule->skill);
  g_free (rule->needs);
  g_free (rule->id);
  g_free (rule->title);
  g_free (rule->outcome);
  g_free (rule);
}

static void
ladder_framework_finalize (GObject *object)
{
  LadderFramework *self = LADDER_FRAMEWORK (object);

  for (guint k = 0; k < LADDER_N_RULE_KINDS; k++)
    g_clear_pointer (&self->rules[k], g_ptr_array_unref);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->groups, g_array_unref);
  g_clear_pointer (&self->skills, g_array_unref);
  g_clear_pointer (&self->tracks, g_array_unref);

  G_OBJECT_CLASS (ladder_framework_parent_class)->finalize (object);
}

static void
ladder_framework_class_init (LadderFrameworkClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ladder_framework_finalize;
}

static void
ladder_framework_init (LadderFramework *self)
{
  self->groups = g_array_new (FALSE, TRUE, sizeof (LadderSkillGroup));
  g_array_set_clear_func (self->groups, clear_group);
  self->skills = g_array_new (FALSE, TRUE, sizeof (LadderSkill));
  g_array_set_clear_func (self->skills, clear_skill);
  self->tracks = g_array_new (FALSE, TRUE, sizeof (LadderTrack));
  g_array_set_clear_func (self->tracks, clear_track);
  for (guint k = 0; k < LADDER_N_RULE_KINDS; k++)
    self->rules[k] = g_ptr_array_new_with_free_func (rule_free);
}

/* The built-in framework's words are English in the data, and msgids in po/ (listed for
 * xgettext in ladder-builtin-strings.h, made from the data by build-aux/framework-strings.py). */
static char *
translated (char *text)
{
  char *out;

  if (text == NULL)
    return NULL;
  out = g_strdup (_(text));

  g_free (text);
  return out;
}

GResource *ladder_core_get_resource (void);

/**
 * ladder_framework_new_builtin:
 *
 * Reads the built-in framework (data/framework/builtin-pm.json, in the resources) with the same
 * reader as a company's own, and translates its words.
 *
 * Returns: (transfer full): a new copy of the built-in framework in the current language
 */
LadderFramework *
ladder_framework_new_builtin (void)
{
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  LadderFramework *self;
  gsize length;
  const char *data;

  bytes = g_resource_lookup_data (ladder_core_get_resource (),
                                  "/io/github/pmladder/Ladder/core/builtin-pm.json",
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL)
    g_error ("The built-in framework is missing: %s", error->message);
  data = g_bytes_get_data (bytes, &length);
  self = ladder_framework_new_from_data (data, length, &error);
  if (self == NULL)
    g_error ("The built-in framework cannot be read: %s", error->message);

  self->name = translated (self->name);
  for (guint i = 0; i < self->groups->len; i++)
    {
      LadderSkillGroup *group = &g_array_index (self->groups, LadderSkillGroup, i);

      group->title = translated (group->title);
    }
  for (guint i = 0; i < self->skills->len; i++)
    {
      LadderSkill *skill = &g_array_index (self->skills, LadderSkill, i);

      skill->title = translated (skill->title);
      for (guint l = 0; l < LADDER_N_LEVELS; l++)
        if (skill->levels[l] != NULL)
          skill->levels[l] = translated (skill->levels[l]);
      for (guint t = 0; t < LADDER_N_STEPS; t++)
        {
          skill->action_titles[t] = translated (skill->action_titles[t]);
          skill->action_outcomes[t] = translated (skill->action_outcomes[t]);
        }
    }
  for (guint i = 0; i < self->rules[LADDER_RULE_ITEM]->len; i++)
    {
      LadderRule *rule = self->rules[LADDER_RULE_ITEM]->pdata[i];

      rule->title = translated (rule->title);
      rule->outcome = translated (rule->outcome);
    }
  for (guint t = 0; t < self->tracks->len; t++)
    {
      LadderTrack *track = &g_array_index (self->tracks, LadderTrack, t);

      track->title = translated (track->title);
      for (guint r = 0; r < track->n_rungs; r++)
        {
          LadderRung *rung = &track->rungs[r];
          /* "the role of Team lead": where a language declines the title (Russian: "до роли
           * руководителя команды"), its translators give the form under this context. */
          g_autofree char *context_id = g_strconcat ("role of", "\004", rung->title, NULL);

          g_free (rung->title_of);
          rung->title_of = g_strdup (ladder_pgettext (context_id, strlen ("role of") + 1));
          rung->title = translated (rung->title);
          track->rungs[r].scope = translated (track->rungs[r].scope);
          track->rungs[r].expectations = translated (track->rungs[r].expectations);
        }
    }
  return self;
}

/**
 * ladder_framework_get_builtin:
 *
 * Returns: (transfer none): the built-in PM framework, in the language Ladder speaks now (see
 * ladder_format_use_language()); each language's is made once and kept
 */
LadderFramework *
ladder_framework_get_builtin (void)
{
  static GMutex lock;
  static GHashTable *by_language;
  LadderFramework *builtin;
  const char *language = ladder_format_language ();

  g_mutex_lock (&lock);
  if (by_language == NULL)
    by_language = g_hash_table_new (g_str_hash, g_str_equal);
  builtin = g_hash_table_lookup (by_language, language);
  if (builtin == NULL)
    {
      builtin = ladder_framework_new_builtin ();
      g_hash_table_insert (by_language, g_strdup (language), builtin);
    }
  g_mutex_unlock (&lock);
  return builtin;
}

const char *
ladder_framework_get_id (LadderFramework *self)
{
  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), NULL);
  return self->id;
}

/* Used only by the store, when it gives an imported framework the id of its file. */
void
ladder_framework_set_id (LadderFramework *self,
                         const char      *id)
{
  g_return_if_fail (LADDER_IS_FRAMEWORK (self));
  g_return_if_fail (id != NULL && *id != '\0');

  g_free (self->id);
  self->id = g_strdup (id);
}

/* Returns: the framework's name as people read it: "Product management", "Acme PM ladder" */
const char *
ladder_framework_get_name (LadderFramework *self)
{
  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), NULL);
  return self->name != NULL ? self->name : self->id;
}

gboolean
ladder_framework_is_builtin (LadderFramework *self)
{
  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), FALSE);
  return g_strcmp0 (self->id, LADDER_FRAMEWORK_BUILTIN) == 0;
}

/* Returns: (nullable): the @rung-th rung of the @track-th track */
const LadderRung *
ladder_framework_get_rung_at (LadderFramework *self,
                              guint            track,
                              guint            rung)
{
  const LadderTrack *found;

  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), NULL);
  if (track >= self->tracks->len)
    return NULL;
  found = &g_array_index (self->tracks, LadderTrack, track);
  return rung < found->n_rungs ? &found->rungs[rung] : NULL;
}

guint
ladder_framework_get_n_groups (LadderFramework *self)
{
  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), 0);
  return self->groups->len;
}

const LadderSkillGroup *
ladder_framework_get_group (LadderFramework *self,
                            guint            index)
{
  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (index < self->groups->len, NULL);
  return &g_array_index (self->groups, LadderSkillGroup, index);
}

const LadderSkillGroup *
ladder_framework_lookup_group (LadderFramework *self,
                               const char      *id)
{
  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), NULL);

  for (guint i = 0; i < self->groups->len; i++)
    if (g_strcmp0 (g_array_index (self->groups, LadderSkillGroup, i).id, id) == 0)
      return &g_array_index (self->groups, LadderSkillGroup, i);
  return NULL;
}

guint
ladder_framework_get_n_skills (LadderFramework *self)
{
  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), 0);
  return self->skills->len;
}

const LadderSkill *
ladder_framework_get_skill (LadderFramework *self,
                            guint            index)
{
  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (index < self->skills->len, NULL);
  return &g_array_index (self->skills, LadderSkill, index);
}

int
ladder_framework_skill_index (LadderFramework *self,
                              const char      *id)
{
  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), -1);

  for (guint i = 0; i < self->skills->len; i++)
    if (g_strcmp0 (g_array_index (self->skills, LadderSkill, i).id, id) == 0)
      return (int) i;
  return -1;
}

const LadderSkill *
ladder_framework_lookup_skill (LadderFramework *self,
                               const char      *id)
{
  int index = ladder_framework_skill_index (self, id);

  return index < 0 ? NULL : &g_array_index (self->skills, LadderSkill, index);
}

guint
ladder_framework_get_n_tracks (LadderFramework *self)
{
  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), 0);
  return self->tracks->len;
}

const LadderTrack *
ladder_framework_get_track (LadderFramework *self,
                            guint            index)
{
  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (index < self->tracks->len, NULL);
  return &g_array_index (self->tracks, LadderTrack, index);
}

const LadderTrack *
ladder_framework_lookup_track (LadderFramework *self,
                               const char      *id)
{
  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), NULL);

  for (guint i = 0; i < self->tracks->len; i++)
    if (g_strcmp0 (g_array_index (self->tracks, LadderTrack, i).id, id) == 0)
      return &g_array_index (self->tracks, LadderTrack, i);
  return NULL;
}

const LadderRung *
ladder_framework_lookup_rung (LadderFramework *self,
                              const char      *track_id,
                              const char      *rung_id)
{
  const LadderTrack *track = ladder_framework_lookup_track (self, track_id);

  if (track == NULL)
    return NULL;
  for (guint i = 0; i < track->n_rungs; i++)
    if (g_strcmp0 (track->rungs[i].id, rung_id) == 0)
      return &track->rungs[i];
  return NULL;
}

/* Returns: (transfer none) (element-type LadderRule): the framework's rules of @kind, in the
 * file's order (which is the order they apply in) */
GPtrArray *
ladder_framework_get_rules (LadderFramework *self,
                            LadderRuleKind   kind)
{
  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), NULL);
  g_return_val_if_fail (kind < LADDER_N_RULE_KINDS, NULL);
  return self->rules[kind];
}

/* Returns: whether @rule's "when" holds for a profile with this context */
gboolean
ladder_rule_holds (const LadderRule *rule,
                   const char       *industry,
                   const char       *company_size,
                   const char       *background,
                   gboolean          target_management,
                   int               seniority)
{
  return (rule->industries == NULL || g_strv_contains ((const char * const *) rule->industries,
                                                       industry)) &&
         (rule->company_sizes == NULL ||
          g_strv_contains ((const char * const *) rule->company_sizes, company_size)) &&
         (rule->backgrounds == NULL ||
          g_strv_contains ((const char * const *) rule->backgrounds, background)) &&
         (rule->target_management < 0 || rule->target_management == (int) target_management) &&
         (rule->min_seniority < 0 || seniority >= rule->min_seniority);
}

/* Returns: whether @track is a track of leading people ("management": true in the file) */
gboolean
ladder_framework_is_management (LadderFramework *self,
                                const char      *track)
{
  const LadderTrack *found = ladder_framework_lookup_track (self, track);

  return found != NULL && found->management;
}

/* Returns -1 when the skill is not one of the framework's (a user's own skill). */
int
ladder_framework_rung_expects (LadderFramework  *self,
                               const LadderRung *rung,
                               const char       *skill_id)
{
  int index;

  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), -1);
  g_return_val_if_fail (rung != NULL, -1);

  index = ladder_framework_skill_index (self, skill_id);
  return index < 0 ? -1 : rung->expects[index];
}

static void
add_strings (JsonBuilder *builder,
             const char  *member,
             char       **strings)
{
  if (strings == NULL)
    return;
  json_builder_set_member_name (builder, member);
  json_builder_begin_array (builder);
  for (guint i = 0; strings[i] != NULL; i++)
    json_builder_add_string_value (builder, strings[i]);
  json_builder_end_array (builder);
}

static void
add_int (JsonBuilder *builder,
         const char  *member,
         gint64       value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

static void
add_text (JsonBuilder *builder,
          const char  *member,
          const char  *value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_string_value (builder, value);
}

/* The "rules" member, in the form the reader takes; nothing when there are none. */
static void
add_rules (LadderFramework *self,
           JsonBuilder     *builder)
{
  static const char * const kinds[] = { "prerequisites", "floors", "weights", "items" };
  gboolean any = FALSE;

  for (guint k = 0; k < LADDER_N_RULE_KINDS; k++)
    any = any || self->rules[k]->len > 0;
  if (!any)
    return;
  json_builder_set_member_name (builder, "rules");
  json_builder_begin_object (builder);
  for (guint k = 0; k < LADDER_N_RULE_KINDS; k++)
    {
      if (self->rules[k]->len == 0)
        continue;
      json_builder_set_member_name (builder, kinds[k]);
      json_builder_begin_array (builder);
      for (guint i = 0; i < self->rules[k]->len; i++)
        {
          const LadderRule *rule = self->rules[k]->pdata[i];

          json_builder_begin_object (builder);
          if (k != LADDER_RULE_PREREQUISITE)
            {
              json_builder_set_member_name (builder, "when");
              json_builder_begin_object (builder);
              add_strings (builder, "industry", rule->industries);
              add_strings (builder, "company_size", rule->company_sizes);
              add_strings (builder, "background", rule->backgrounds);
              if (rule->target_management >= 0)
                {
                  json_builder_set_member_name (builder, "target_management");
                  json_builder_add_boolean_value (builder, rule->target_management);
                }
              if (rule->min_seniority >= 0)
                add_int (builder, "min_seniority", rule->min_seniority);
              if (rule->max_level >= 0)
                add_int (builder, "max_level", rule->max_level);
              json_builder_end_object (builder);
            }
          switch ((LadderRuleKind) k)
            {
            case LADDER_RULE_PREREQUISITE:
              add_text (builder, "skill", rule->skill);
              add_text (builder, "needs", rule->needs);
              add_int (builder, "offset", rule->offset);
              add_int (builder, "at_least", rule->at_least);
              add_int (builder, "from_level", rule->from_level);
              break;
            case LADDER_RULE_FLOOR:
              add_int (builder, "level", rule->level);
              add_strings (builder, "skills", rule->skills);
              break;
            case LADDER_RULE_WEIGHT:
              add_int (builder, "percent", rule->percent);
              add_strings (builder, "skills", rule->skills);
              add_strings (builder, "groups", rule->groups);
              break;
            case LADDER_RULE_ITEM:
              add_text (builder, "id", rule->id);
              add_int (builder, "year", rule->year);
              add_int (builder, "quarter", rule->quarter);
              if (rule->skill != NULL)
                add_text (builder, "skill", rule->skill);
              add_text (builder, "title", rule->title);
              add_text (builder, "outcome", rule->outcome);
              break;
            case LADDER_N_RULE_KINDS:
              break;
            }
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);
}

/**
 * ladder_framework_json_begin:
 * @name: (nullable): the framework's name
 *
 * Opens a framework file's object in @builder: its format, version, id and name. Every writer
 * of the format starts here (this file's, the CSV import's, the stand-in of a missing ladder).
 */
void
ladder_framework_json_begin (JsonBuilder *builder,
                             const char  *id,
                             const char  *name)
{
  json_builder_begin_object (builder);
  add_text (builder, "format", "ladder-framework");
  add_int (builder, "version", 1);
  add_text (builder, "id", id);
  if (name != NULL)
    add_text (builder, "name", name);
}

/* One entry of a framework file's "groups". */
void
ladder_framework_json_add_group (JsonBuilder *builder,
                                 const char  *id,
                                 const char  *title)
{
  json_builder_begin_object (builder);
  add_text (builder, "id", id);
  add_text (builder, "title", title);
  json_builder_end_object (builder);
}

/**
 * ladder_framework_to_json:
 *
 * Returns: (transfer full): the framework in the documented "ladder-framework" format.
 */
JsonNode *
ladder_framework_to_json (LadderFramework *self)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (LADDER_IS_FRAMEWORK (self), NULL);

  ladder_framework_json_begin (builder, self->id, self->name);
  json_builder_set_member_name (builder, "groups");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->groups->len; i++)
    {
      const LadderSkillGroup *group = &g_array_index (self->groups, LadderSkillGroup, i);

      ladder_framework_json_add_group (builder, group->id, group->title);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "skills");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->skills->len; i++)
    {
      const LadderSkill *skill = &g_array_index (self->skills, LadderSkill, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, skill->id);
      json_builder_set_member_name (builder, "group");
      json_builder_add_string_value (builder, skill->group);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, skill->title);
      json_builder_set_member_name (builder, "levels");
      json_builder_begin_array (builder);
      for (guint l = 0; l < LADDER_N_LEVELS; l++)
        json_builder_add_string_value (builder, skill->levels[l]);
      json_builder_end_array (builder);
      if (skill->action_titles[0] != NULL)
        {
          /* Written as read: five actions, or the three of a file from before there was one
           * for each level step. */
          gboolean five = skill->action_titles[1] != NULL;

          json_builder_set_member_name (builder, "actions");
          json_builder_begin_array (builder);
          for (guint t = 0; t < LADDER_N_STEPS; t++)
            {
              if (!five && (t == 1 || t == 4))
                continue;
              json_builder_begin_object (builder);
              json_builder_set_member_name (builder, "title");
              json_builder_add_string_value (builder, skill->action_titles[t]);
              json_builder_set_member_name (builder, "outcome");
              json_builder_add_string_value (builder, skill->action_outcomes[t]);
              json_builder_end_object (builder);
            }
          json_builder_end_array (builder);
        }
      if (skill->resources != NULL)
        {
          json_builder_set_member_name (builder, "resources");
          json_builder_begin_array (builder);
          for (guint r = 0; skill->resources[r] != NULL; r++)
            json_builder_add_string_value (builder, skill->resources[r]);
          json_builder_end_array (builder);
        }
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "tracks");
  json_builder_begin_array (builder);
  for (guint t = 0; t < self->tracks->len; t++)
    {
      const LadderTrack *track = &g_array_index (self->tracks, LadderTrack, t);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, track->id);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, track->title);
      if (track->management)
        {
          json_builder_set_member_name (builder, "management");
          json_builder_add_boolean_value (builder, TRUE);
        }
      json_builder_set_member_name (builder, "rungs");
      json_builder_begin_array (builder);
      for (guint r = 0; r < track->n_rungs; r++)
        {
          const LadderRung *rung = &track->rungs[r];

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, rung->id);
          json_builder_set_member_name (builder, "title");
          json_builder_add_string_value (builder, rung->title);
          if (rung->scope != NULL && *rung->scope != '\0')
            {
              json_builder_set_member_name (builder, "scope");
              json_builder_add_string_value (builder, rung->scope);
            }
          if (rung->expectations != NULL && *rung->expectations != '\0')
            {
              json_builder_set_member_name (builder, "expectations");
              json_builder_add_string_value (builder, rung->expectations);
            }
          if (rung->years_known)
            {
              json_builder_set_member_name (builder, "years");
              json_builder_add_int_value (builder, rung->years);
            }
          json_builder_set_member_name (builder, "seniority");
          json_builder_add_int_value (builder, rung->seniority);
          json_builder_set_member_name (builder, "expects");
          json_builder_begin_object (builder);
          for (guint s = 0; s < self->skills->len; s++)
            {
              json_builder_set_member_name (builder,
                                            g_array_index (self->skills, LadderSkill, s).id);
              json_builder_add_int_value (builder, rung->expects[s]);
            }
          json_builder_end_object (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  add_rules (self, builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/* ---- Reading a framework file (a company's own ladder, in the documented form) ------------ */

#define MAX_GROUPS 50
#define MAX_SKILLS 500
#define MAX_TRACKS 10
#define MAX_RUNGS 20
#define MAX_TEXT 2000
#define MAX_RESOURCES 3
#define MAX_RESOURCE 300
#define MAX_EXPECTATIONS 20000 /* a company's rung: a paragraph for each of up to 60 skills */

/* A member that must be text of 1 to @max characters; read with the profile reader's toolkit,
 * so that both say a fault the same way. */
static const char *
text_member (JsonObject *object,
             const char *member,
             const char *path,
             glong       max,
             GError    **error)
{
  g_autofree char *full = g_strdup_printf ("%s.%s", path, member);
  g_autofree char *text = NULL;

  if (!ladder_json_read_string (object, member, full, TRUE, max, &text, error))
    return NULL;
  if (*text == '\0')
    {
      ladder_profile_refuse (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s” is empty"), full);
      return NULL;
    }
  return json_object_get_string_member (object, member);
}

static JsonArray *
array_member (JsonObject *object,
              const char *member,
              const char *path,
              guint       min,
              guint       max,
              GError    **error)
{
  g_autofree char *full = g_strconcat (path, member, NULL);
  JsonArray *array = NULL;

  if (!ladder_json_read_array (object, member, full, max, &array, error))
    return NULL;
  if (array == NULL)
    {
      ladder_profile_refuse (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s” is missing"), full);
      return NULL;
    }
  if (json_array_get_length (array) < min)
    {
      ladder_profile_refuse (error, LADDER_PROFILE_ERROR_TOO_LARGE,
                             ngettext ("“%s” must have at least %u entry",
                                       "“%s” must have at least %u entries", min),
                             full, min);
      return NULL;
    }
  return array;
}

static JsonObject *
object_element (JsonArray  *array,
                guint       index,
                const char *path,
                GError    **error)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      ladder_profile_refuse (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s[%u]” must be an object"), path,
              index);
      return NULL;
    }
  return json_node_get_object (node);
}

static gboolean
int_member (JsonObject *object,
            const char *member,
            const char *path,
            int         min,
            int         max,
            int        *out,
            GError    **error)
{
  g_autofree char *full = g_strdup_printf ("%s.%s", path, member);
  gint64 value = 0;

  if (!ladder_json_read_int (object, member, full, TRUE, min, max, &value, error))
    return FALSE;
  *out = (int) value;
  return TRUE;
}

static gboolean
read_framework (LadderFramework *self,
                JsonObject      *root,
                GError         **error)
{
  g_autoptr (GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *groups, *skills, *tracks;
  const char *id;

  const char *name = NULL;

  if (!(id = text_member (root, "id", "framework", 200, error)) ||
      (json_object_has_member (root, "name") &&
       !(name = text_member (root, "name", "framework", 200, error))) ||
      !(groups = array_member (root, "groups", "", 1, MAX_GROUPS, error)) ||
      !(skills = array_member (root, "skills", "", 1, MAX_SKILLS, error)) ||
      !(tracks = array_member (root, "tracks", "", 1, MAX_TRACKS, error)))
    return FALSE;
  self->id = g_strdup (id);
  self->name = g_strdup (name);

  for (guint i = 0; i < json_array_get_length (groups); i++)
    {
      g_autofree char *path = g_strdup_printf ("groups[%u]", i);
      JsonObject *object = object_element (groups, i, "groups", error);
      const char *group_id, *title;
      LadderSkillGroup group;

      if (object == NULL || !(group_id = text_member (object, "id", path, 200, error)) ||
          !(title = text_member (object, "title", path, 200, error)))
        return FALSE;
      if (ladder_framework_lookup_group (self, group_id) != NULL)
        return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                       _("The group “%s” is listed twice"), group_id);
      group.id = g_strdup (group_id);
      group.title = g_strdup (title);
      g_array_append_val (self->groups, group);
    }

  for (guint i = 0; i < json_array_get_length (skills); i++)
    {
      g_autofree char *path = g_strdup_printf ("skills[%u]", i);
      JsonObject *object = object_element (skills, i, "skills", error);
      const char *skill_id, *group_id, *title;
      JsonArray *levels;
      LadderSkill skill = { NULL };

      if (object == NULL || !(skill_id = text_member (object, "id", path, 200, error)) ||
          !(group_id = text_member (object, "group", path, 200, error)) ||
          !(title = text_member (object, "title", path, 200, error)) ||
          !(levels = array_member (object, "levels", path, LADDER_N_LEVELS, LADDER_N_LEVELS,
                                   error)))
        return FALSE;
      if (ladder_framework_lookup_group (self, group_id) == NULL)
        return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                       _("“%s.group” is “%s”, which is not a known skill group"), path,
                       group_id);
      if (g_hash_table_contains (ids, skill_id))
        return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                       _("The skill “%s” is listed twice"), skill_id);
      g_hash_table_add (ids, g_strdup (skill_id));
      for (guint l = 0; l < LADDER_N_LEVELS; l++)
        {
          JsonNode *level = json_array_get_element (levels, l);

          if (!JSON_NODE_HOLDS_VALUE (level) || json_node_get_value_type (level) != G_TYPE_STRING)
            return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_WRONG_TYPE,
                           _("“%s.levels[%u]” must be text"), path, l);
        }
      if (json_object_has_member (object, "actions"))
        {
          g_autofree char *actions_path = g_strdup_printf ("%s.", path);
          JsonArray *actions = array_member (object, "actions", actions_path, 3,
                                             LADDER_N_STEPS, error);
          guint n = actions != NULL ? json_array_get_length (actions) : 0;
          /* Five actions, one for each level step; or three, from before there were five: for
           * reaching level 1, level 3 and level 4, and the plan makes the steps to levels 2 and
           * 5 from the level words. */
          static const guint three_steps[] = { 0, 2, 3 };

          if (actions != NULL && n != 3 && n != LADDER_N_STEPS)
            return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_WRONG_TYPE,
                           _("“%s.actions” must have five entries, one for each level step "
                             "(or three, as older files have)"), path);
          for (guint t = 0; actions != NULL && t < n; t++)
            {
              guint step = n == 3 ? three_steps[t] : t;
              g_autofree char *action_path = g_strdup_printf ("%s.actions[%u]", path, t);
              g_autofree char *list_path = g_strdup_printf ("%s.actions", path);
              JsonObject *action = object_element (actions, t, list_path, error);
              const char *action_title, *outcome;

              if (action == NULL ||
                  !(action_title = text_member (action, "title", action_path, MAX_TEXT, error)) ||
                  !(outcome = text_member (action, "outcome", action_path, MAX_TEXT, error)))
                {
                  clear_skill (&skill);
                  return FALSE;
                }
              skill.action_titles[step] = g_strdup (action_title);
              skill.action_outcomes[step] = g_strdup (outcome);
            }
          if (actions == NULL)
            return FALSE;
        }
      if (json_object_has_member (object, "resources"))
        {
          g_autofree char *resources_path = g_strdup_printf ("%s.", path);
          JsonArray *resources = array_member (object, "resources", resources_path, 1,
                                               MAX_RESOURCES, error);
          GStrvBuilder *list;

          if (resources == NULL)
            {
              clear_skill (&skill);
              return FALSE;
            }
          list = g_strv_builder_new ();
          for (guint r = 0; r < json_array_get_length (resources); r++)
            {
              JsonNode *node = json_array_get_element (resources, r);
              const char *text = JSON_NODE_HOLDS_VALUE (node) &&
                                 json_node_get_value_type (node) == G_TYPE_STRING
                                   ? json_node_get_string (node) : NULL;

              if (text == NULL || *text == '\0' || g_utf8_strlen (text, -1) > MAX_RESOURCE)
                {
                  g_strv_builder_unref (list);
                  clear_skill (&skill);
                  return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_WRONG_TYPE,
                                 _("“%s.resources[%u]” must be a short text: a book and its author"),
                                 path, r);
                }
              g_strv_builder_add (list, text);
            }
          skill.resources = g_strv_builder_end (list);
          g_strv_builder_unref (list);
        }
      skill.id = g_strdup (skill_id);
      skill.group = g_strdup (group_id);
      skill.title = g_strdup (title);
      for (guint l = 0; l < LADDER_N_LEVELS; l++)
        skill.levels[l] = g_utf8_substring (json_array_get_string_element (levels, l), 0,
                                            MIN (g_utf8_strlen (json_array_get_string_element (
                                                   levels, l), -1), MAX_TEXT));
      g_array_append_val (self->skills, skill);
    }

  for (guint t = 0; t < json_array_get_length (tracks); t++)
    {
      g_autofree char *path = g_strdup_printf ("tracks[%u]", t);
      g_autofree char *rungs_path = g_strdup_printf ("tracks[%u].", t);
      JsonObject *object = object_element (tracks, t, "tracks", error);
      const char *track_id, *title;
      JsonArray *rungs;
      LadderTrack track = { NULL };

      if (object == NULL || !(track_id = text_member (object, "id", path, 200, error)) ||
          !(title = text_member (object, "title", path, 200, error)) ||
          !(rungs = array_member (object, "rungs", rungs_path, 1, MAX_RUNGS, error)))
        return FALSE;
      if (ladder_framework_lookup_track (self, track_id) != NULL)
        return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                       _("The track “%s” is listed twice"), track_id);

      track.management = g_str_equal (track_id, "management");
      if (json_object_has_member (object, "management"))
        {
          JsonNode *node = json_object_get_member (object, "management");

          if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
            return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_WRONG_TYPE,
                           _("“%s.management” must be true or false"), path);
          track.management = json_node_get_boolean (node);
        }
      track.id = g_strdup (track_id);
      track.title = g_strdup (title);
      track.n_rungs = 0;
      track.rungs = g_new0 (LadderRung, json_array_get_length (rungs));
      g_array_append_val (self->tracks, track);

      for (guint r = 0; r < json_array_get_length (rungs); r++)
        {
          LadderTrack *added = &g_array_index (self->tracks, LadderTrack, self->tracks->len - 1);
          g_autofree char *rung_path = g_strdup_printf ("tracks[%u].rungs[%u]", t, r);
          g_autofree char *rungs_list = g_strdup_printf ("tracks[%u].rungs", t);
          JsonObject *rung_object = object_element (rungs, r, rungs_list, error);
          LadderRung *rung = &added->rungs[added->n_rungs];
          const char *rung_id, *rung_title;
          const char *scope = NULL, *expectations = NULL;
          JsonNode *expects_node;
          JsonObject *expects;
          int years = 0, seniority = (int) r;

          if (rung_object == NULL ||
              !(rung_id = text_member (rung_object, "id", rung_path, 200, error)) ||
              !(rung_title = text_member (rung_object, "title", rung_path, 200, error)) ||
              (json_object_has_member (rung_object, "scope") &&
               !(scope = text_member (rung_object, "scope", rung_path, 200, error))) ||
              (json_object_has_member (rung_object, "years") &&
               !int_member (rung_object, "years", rung_path, 0, 60, &years, error)))
            return FALSE;
          if (json_object_has_member (rung_object, "seniority") &&
              !int_member (rung_object, "seniority", rung_path, 0, MAX_RUNGS, &seniority, error))
            return FALSE;
          if (json_object_has_member (rung_object, "expectations") &&
              !(expectations = text_member (rung_object, "expectations", rung_path,
                                            MAX_EXPECTATIONS, error)))
            return FALSE;
          expects_node = json_object_get_member (rung_object, "expects");
          if (expects_node == NULL || !JSON_NODE_HOLDS_OBJECT (expects_node))
            return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_WRONG_TYPE,
                           _("“%s.expects” must be an object"), rung_path);
          expects = json_node_get_object (expects_node);

          rung->id = g_strdup (rung_id);
          rung->track = g_strdup (track_id);
          rung->title = g_strdup (rung_title);
          rung->title_of = g_strdup (rung_title);
          rung->scope = g_strdup (scope != NULL ? scope : "");
          rung->expectations = g_strdup (expectations != NULL ? expectations : "");
          rung->years = years;
          rung->years_known = json_object_has_member (rung_object, "years");
          rung->seniority = seniority;
          rung->expects = g_new0 (int, self->skills->len);
          added->n_rungs++;

          /* Each rung names a level for every skill, and only for known skills. */
          for (guint s = 0; s < self->skills->len; s++)
            {
              g_autofree char *expects_path = g_strdup_printf ("%s.expects", rung_path);

              if (!int_member (expects, g_array_index (self->skills, LadderSkill, s).id,
                               expects_path, 0, LADDER_LEVEL_MAX,
                               &rung->expects[s], error))
                return FALSE;
            }
          if (json_object_get_size (expects) != self->skills->len)
            return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                           _("“%s.expects” names a skill this framework does not have"),
                           rung_path);
        }
    }
  return TRUE;
}

/* ---- The planner's rules ------------------------------------------------------------------ */

#define MAX_RULES 200


/* An optional list of names, each one of @allowed (or, with @framework, a skill or a group of
 * it): *@out is NULL when the member is absent. */
static gboolean
names_member (LadderFramework    *self,
              JsonObject         *object,
              const char         *member,
              const char         *path,
              const char * const *allowed,
              gboolean            groups,
              char             ***out,
              GError            **error)
{
  g_autoptr (GPtrArray) names = NULL;
  JsonArray *array;

  *out = NULL;
  if (!json_object_has_member (object, member))
    return TRUE;
  if (!(array = array_member (object, member, path, 1, 100, error)))
    return FALSE;
  names = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      const char *name;

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_WRONG_TYPE,
                                      _("“%s%s[%u]” must be text"), path, member, i);
      name = json_node_get_string (node);
      if (allowed != NULL ? !g_strv_contains (allowed, name)
          : groups        ? ladder_framework_lookup_group (self, name) == NULL
                          : ladder_framework_lookup_skill (self, name) == NULL)
        return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                                      _("“%s%s” names “%s”, which this framework does not have"),
                                      path, member, name);
      g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_add (names, NULL);
  *out = (char **) g_ptr_array_free (g_steal_pointer (&names), FALSE);
  return TRUE;
}

static gboolean
read_when (LadderFramework *self,
           JsonObject      *object,
           const char      *path,
           LadderRule      *rule,
           GError         **error)
{
  g_autofree char *when_path = g_strdup_printf ("%s.when.", path);
  g_autofree char *when_object = g_strdup_printf ("%s.when", path);
  JsonNode *node = json_object_get_member (object, "when");
  JsonObject *when;

  rule->target_management = -1;
  rule->min_seniority = -1;
  rule->max_level = -1;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_WRONG_TYPE,
                                  _("“%s.when” must be an object"), path);
  when = json_node_get_object (node);
  if (!names_member (self, when, "industry", when_path, ladder_industries (), FALSE,
                     &rule->industries, error) ||
      !names_member (self, when, "company_size", when_path, ladder_company_sizes (), FALSE,
                     &rule->company_sizes, error) ||
      !names_member (self, when, "background", when_path, ladder_backgrounds (), FALSE,
                     &rule->backgrounds, error))
    return FALSE;
  if (json_object_has_member (when, "target_management"))
    {
      JsonNode *flag = json_object_get_member (when, "target_management");

      if (!JSON_NODE_HOLDS_VALUE (flag) || json_node_get_value_type (flag) != G_TYPE_BOOLEAN)
        return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_WRONG_TYPE,
                                      _("“%s.target_management” must be true or false"),
                                      when_object);
      rule->target_management = json_node_get_boolean (flag);
    }
  if (json_object_has_member (when, "min_seniority") &&
      !int_member (when, "min_seniority", when_object, 0, MAX_RUNGS, &rule->min_seniority,
                      error))
    return FALSE;
  if (json_object_has_member (when, "max_level") &&
      !int_member (when, "max_level", when_object, 0, LADDER_LEVEL_MAX, &rule->max_level,
                   error))
    return FALSE;
  return TRUE;
}

static gboolean
read_rule (LadderFramework *self,
           LadderRuleKind   kind,
           JsonObject      *object,
           const char      *path,
           LadderRule      *rule,
           GError         **error)
{
  g_autofree char *list_path = g_strdup_printf ("%s.", path);
  const char *text;

  if (!read_when (self, object, path, rule, error))
    return FALSE;
  switch (kind)
    {
    case LADDER_RULE_PREREQUISITE:
      if (!(text = text_member (object, "skill", path, 200, error)))
        return FALSE;
      rule->skill = g_strdup (text);
      if (!(text = text_member (object, "needs", path, 200, error)))
        return FALSE;
      rule->needs = g_strdup (text);
      if (ladder_framework_lookup_skill (self, rule->skill) == NULL ||
          ladder_framework_lookup_skill (self, rule->needs) == NULL)
        return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                                      _("“%s” names a skill this framework does not have"), path);
      return int_member (object, "offset", path, -LADDER_LEVEL_MAX, LADDER_LEVEL_MAX,
                            &rule->offset, error) &&
             int_member (object, "at_least", path, 0, LADDER_LEVEL_MAX, &rule->at_least,
                            error) &&
             int_member (object, "from_level", path, 0, LADDER_LEVEL_MAX, &rule->from_level,
                            error);
    case LADDER_RULE_FLOOR:
      return int_member (object, "level", path, 0, LADDER_LEVEL_MAX, &rule->level, error) &&
             names_member (self, object, "skills", list_path, NULL, FALSE, &rule->skills, error);
    case LADDER_RULE_WEIGHT:
      return int_member (object, "percent", path, 1, 1000, &rule->percent, error) &&
             names_member (self, object, "skills", list_path, NULL, FALSE, &rule->skills,
                           error) &&
             names_member (self, object, "groups", list_path, NULL, TRUE, &rule->groups, error);
    case LADDER_RULE_ITEM:
      {
        int year = 1, quarter = 1;

        if (!(text = text_member (object, "id", path, 200, error)))
          return FALSE;
        rule->id = g_strdup (text);
        if (!int_member (object, "year", path, 1, 10, &year, error) ||
            !int_member (object, "quarter", path, 1, 4, &quarter, error))
          return FALSE;
        rule->year = year;
        rule->quarter = quarter;
        if (json_object_has_member (object, "skill"))
          {
            if (!(text = text_member (object, "skill", path, 200, error)))
              return FALSE;
            if (ladder_framework_lookup_skill (self, text) == NULL)
              return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                                            _("“%s” names a skill this framework does not have"),
                                            path);
            rule->skill = g_strdup (text);
          }
        if (!(text = text_member (object, "title", path, MAX_TEXT, error)))
          return FALSE;
        rule->title = g_strdup (text);
        if (!(text = text_member (object, "outcome", path, MAX_TEXT, error)))
          return FALSE;
        rule->outcome = g_strdup (text);
        return TRUE;
      }
    case LADDER_N_RULE_KINDS:
      break;
    }
  return FALSE;
}

static gboolean
read_rules (LadderFramework *self,
            JsonObject      *root,
            GError         **error)
{
  static const char * const kinds[] = { "prerequisites", "floors", "weights", "items" };
  JsonNode *node = json_object_get_member (root, "rules");
  JsonObject *rules;

  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return ladder_profile_refuse (error, LADDER_PROFILE_ERROR_WRONG_TYPE,
                                  _("“rules” must be an object"));
  rules = json_node_get_object (node);
  for (guint k = 0; k < LADDER_N_RULE_KINDS; k++)
    {
      g_autofree char *list = g_strdup_printf ("rules.%s", kinds[k]);
      JsonArray *array;

      if (!json_object_has_member (rules, kinds[k]))
        continue;
      if (!(array = array_member (rules, kinds[k], "rules.", 0, MAX_RULES, error)))
        return FALSE;
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *path = g_strdup_printf ("rules.%s[%u]", kinds[k], i);
          JsonObject *object = object_element (array, i, list, error);
          LadderRule *rule = g_new0 (LadderRule, 1);

          g_ptr_array_add (self->rules[k], rule);
          if (object == NULL || !read_rule (self, k, object, path, rule, error))
            return FALSE;
        }
    }
  return TRUE;
}

/**
 * ladder_framework_new_from_data:
 *
 * Reads a framework in the form ladder_framework_to_json() writes: a company's own ladder.
 *
 * Returns: (transfer full) (nullable): the framework, or %NULL with the reason
 */
LadderFramework *
ladder_framework_new_from_data (const char *data,
                                gsize       length,
                                GError    **error)
{
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (LadderFramework) self = NULL;
  JsonObject *object;
  JsonNode *format, *version;

  root = ladder_parse_json (data != NULL ? data : "", length, error);
  if (root == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      ladder_profile_refuse (error, LADDER_PROFILE_ERROR_NOT_PROFILE, _("This is JSON, but not a Ladder framework"));
      return NULL;
    }
  object = json_node_get_object (root);
  format = json_object_get_member (object, "format");
  if (format == NULL || !JSON_NODE_HOLDS_VALUE (format) ||
      g_strcmp0 (json_node_get_string (format), "ladder-framework") != 0)
    {
      ladder_profile_refuse (error, LADDER_PROFILE_ERROR_NOT_PROFILE,
              _("This is JSON, but not a Ladder framework: its “format” is not "
                "“ladder-framework”"));
      return NULL;
    }
  version = json_object_get_member (object, "version");
  if (version == NULL || !JSON_NODE_HOLDS_VALUE (version) ||
      json_node_get_value_type (version) != G_TYPE_INT64 || json_node_get_int (version) != 1)
    {
      ladder_profile_refuse (error, LADDER_PROFILE_ERROR_NEWER_VERSION,
              _("This framework file has a version this Ladder cannot read"));
      return NULL;
    }

  self = g_object_new (LADDER_TYPE_FRAMEWORK, NULL);
  if (!read_framework (self, object, error) || !read_rules (self, object, error))
    return NULL;
  return g_steal_pointer (&self);
}
