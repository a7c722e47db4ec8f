/* SPDX-License-Identifier: GPL-3.0-or-later
 * The profile model and its JSON form (profile-format.md), with strict, explainable reading. */
#define G_LOG_DOMAIN "ladder-profile"

#include "config.h"

#include "ladder-i18n.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ladder-format.h"
#include "ladder-framework-store.h"
#include "ladder-profile-private.h"


G_DEFINE_FINAL_TYPE (LadderProfile, ladder_profile, G_TYPE_OBJECT)

G_DEFINE_QUARK (ladder-profile-error-quark, ladder_profile_error)

enum {
  PROP_0,
  PROP_NAME,
  PROP_INDUSTRY,
  PROP_COMPANY_SIZE,
  PROP_BACKGROUND,
  PROP_YEARS_EXPERIENCE,
  PROP_REPORTS,
  PROP_TRACK,
  PROP_RUNG,
  PROP_TARGET_TRACK,
  PROP_TARGET_RUNG,
  PROP_HORIZON_YEARS,
  PROP_REVIEW_MONTH,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  SKILLS_CHANGED,
  PLAN_CHANGED,
  INTERVIEW_CHANGED,
  EVIDENCE_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static LadderProfilePart
part_of (guint signal)
{
  switch (signal)
    {
    case SKILLS_CHANGED: return LADDER_PROFILE_PART_SKILLS;
    case PLAN_CHANGED: return LADDER_PROFILE_PART_PLAN;
    case INTERVIEW_CHANGED: return LADDER_PROFILE_PART_INTERVIEW;
    case EVIDENCE_CHANGED: return LADDER_PROFILE_PART_EVIDENCE;
    default: g_assert_not_reached ();
    }
}

/* A part's own signal, noted for ladder_profile_take_changed_parts(). */
static void
emit_part (LadderProfile *self,
           guint          signal)
{
  self->changed_parts |= part_of (signal);
  g_signal_emit (self, signals[signal], 0);
}

static const char * const industries[] = { "ai", "saas", "ecommerce", "fintech", "gaming",
                                           "hardware", "other", NULL };
static const char * const company_sizes[] = { "startup", "scaleup", "enterprise", NULL };
static const char * const backgrounds[] = { "technical", "non-technical", "design", "business",
                                            NULL };
static const char * const questions[] = { "career-plan", "role-goals", "how-to-reach",
                                          "three-year-plan", NULL };
static const char * const statuses[] = { "planned", "in-progress", "done", NULL };

gboolean
ladder_is_valid_industry (const char *id)
{
  return id != NULL && g_strv_contains (industries, id);
}

gboolean
ladder_is_valid_company_size (const char *id)
{
  return id != NULL && g_strv_contains (company_sizes, id);
}

gboolean
ladder_is_valid_background (const char *id)
{
  return id != NULL && g_strv_contains (backgrounds, id);
}

gboolean
ladder_is_valid_question (const char *id)
{
  return id != NULL && (g_strv_contains (questions, id) || g_str_has_prefix (id, "custom:"));
}

/* Labels for the context values, in the interface language. */
static const char * const industry_labels[] = { N_("AI"), N_("SaaS"), N_("E-commerce"),
                                                N_("Fintech"), N_("Gaming"), N_("Hardware"),
                                                N_("Other"), NULL };
static const char * const company_size_labels[] = { N_("Startup (under 50 people)"),
                                                    N_("Scale-up (50–1,000 people)"),
                                                    N_("Enterprise (over 1,000 people)"), NULL };
static const char * const background_labels[] = { N_("Technical"), N_("Non-technical"),
                                                  N_("Design"), N_("Business"), NULL };

const char * const *
ladder_industries (void)
{
  return industries;
}

const char * const *
ladder_company_sizes (void)
{
  return company_sizes;
}

const char * const *
ladder_backgrounds (void)
{
  return backgrounds;
}

static const char *
label_for (const char * const *ids,
           const char * const *labels,
           const char         *id)
{
  for (guint i = 0; ids[i] != NULL; i++)
    if (g_strcmp0 (ids[i], id) == 0)
      return _(labels[i]);
  return id;
}

const char *
ladder_industry_get_label (const char *id)
{
  return label_for (industries, industry_labels, id);
}

const char *
ladder_company_size_get_label (const char *id)
{
  return label_for (company_sizes, company_size_labels, id);
}

const char *
ladder_background_get_label (const char *id)
{
  return label_for (backgrounds, background_labels, id);
}

const char * const *
ladder_statuses (void)
{
  return statuses;
}

const char *
ladder_status_to_string (LadderStatus status)
{
  g_return_val_if_fail (status <= LADDER_STATUS_DONE, NULL);
  return statuses[status];
}

static void
profile_skill_free (gpointer data)
{
  LadderProfileSkill *skill = data;

  g_free (skill->id);
  g_free (skill->name);
  g_free (skill->group);
  g_free (skill->note);
  g_clear_pointer (&skill->extra, json_object_unref);
  g_free (skill);
}

static void
plan_item_free (gpointer data)
{
  LadderPlanItem *item = data;

  g_free (item->id);
  g_free (item->kind);
  g_free (item->skill);
  g_free (item->title);
  g_free (item->outcome);
  g_free (item->language);
  g_clear_pointer (&item->extra, json_object_unref);
  g_free (item);
}

static void
answer_free (gpointer data)
{
  LadderAnswer *answer = data;

  g_free (answer->question);
  g_free (answer->text);
  g_free (answer->answer);
  g_free (answer->plan_generated);
  g_free (answer->drafted_as);
  g_clear_pointer (&answer->extra, json_object_unref);
  g_free (answer);
}

static void
evidence_free (gpointer data)
{
  LadderEvidence *evidence = data;

  g_free (evidence->date);
  g_free (evidence->skill);
  g_free (evidence->text);
  g_free (evidence->outcome);
  g_free (evidence->link);
  g_free (evidence->plan_item);
  g_clear_pointer (&evidence->extra, json_object_unref);
  g_free (evidence);
}

char *
ladder_profile_now (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

static void
ladder_profile_finalize (GObject *object)
{
  LadderProfile *self = LADDER_PROFILE (object);

  g_free (self->name);
  g_free (self->read_only_reason);
  g_clear_object (&self->stand_in);
  g_free (self->created);
  g_free (self->modified);
  g_free (self->framework);
  g_free (self->industry);
  g_free (self->company_size);
  g_free (self->background);
  g_free (self->track);
  g_free (self->rung);
  g_free (self->target_track);
  g_free (self->target_rung);
  g_free (self->plan_generated);
  g_free (self->plan_language);
  g_clear_pointer (&self->skills, g_ptr_array_unref);
  g_clear_pointer (&self->skill_index, g_hash_table_unref);
  g_clear_pointer (&self->plan, g_ptr_array_unref);
  g_clear_pointer (&self->plan_removed, g_ptr_array_unref);
  g_clear_pointer (&self->answers, g_ptr_array_unref);
  g_clear_pointer (&self->evidence, g_ptr_array_unref);
  g_clear_pointer (&self->history, json_array_unref);
  g_clear_pointer (&self->checkins, json_array_unref);
  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_pointer (&self->context_extra, json_object_unref);
  g_clear_pointer (&self->position_extra, json_object_unref);
  g_clear_pointer (&self->target_extra, json_object_unref);
  g_clear_pointer (&self->plan_extra, json_object_unref);
  g_clear_pointer (&self->plan_inputs, json_object_unref);
  g_clear_pointer (&self->applying_extra, json_object_unref);
  g_free (self->applying_company);
  g_free (self->applying_role);

  g_free (self->change_key);
  g_free (self->change_label);

  G_OBJECT_CLASS (ladder_profile_parent_class)->finalize (object);
}

static void
ladder_profile_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LadderProfile *self = LADDER_PROFILE (object);

  switch (prop_id)
    {
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_INDUSTRY: g_value_set_string (value, self->industry); break;
    case PROP_COMPANY_SIZE: g_value_set_string (value, self->company_size); break;
    case PROP_BACKGROUND: g_value_set_string (value, self->background); break;
    case PROP_YEARS_EXPERIENCE: g_value_set_uint (value, self->years_experience); break;
    case PROP_REPORTS: g_value_set_uint (value, self->reports); break;
    case PROP_TRACK: g_value_set_string (value, self->track); break;
    case PROP_RUNG: g_value_set_string (value, self->rung); break;
    case PROP_TARGET_TRACK: g_value_set_string (value, self->target_track); break;
    case PROP_TARGET_RUNG: g_value_set_string (value, self->target_rung); break;
    case PROP_HORIZON_YEARS: g_value_set_uint (value, self->horizon_years); break;
    case PROP_REVIEW_MONTH: g_value_set_uint (value, self->review_month); break;
    case PROP_READ_ONLY: g_value_set_boolean (value, self->read_only); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_profile_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LadderProfile *self = LADDER_PROFILE (object);

  switch (prop_id)
    {
    case PROP_NAME: ladder_profile_set_name (self, g_value_get_string (value)); break;
    case PROP_INDUSTRY: ladder_profile_set_industry (self, g_value_get_string (value)); break;
    case PROP_COMPANY_SIZE:
      ladder_profile_set_company_size (self, g_value_get_string (value));
      break;
    case PROP_BACKGROUND: ladder_profile_set_background (self, g_value_get_string (value)); break;
    case PROP_YEARS_EXPERIENCE:
      ladder_profile_set_years_experience (self, g_value_get_uint (value));
      break;
    case PROP_REPORTS: ladder_profile_set_reports (self, g_value_get_uint (value)); break;
    case PROP_HORIZON_YEARS:
      ladder_profile_set_horizon_years (self, g_value_get_uint (value));
      break;
    case PROP_REVIEW_MONTH:
      ladder_profile_set_review_month (self, g_value_get_uint (value));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* After every handler of "changed": the change has been told. */
static void
change_done (LadderProfile *self)
{
  self->change_pending = FALSE;
}

static void
ladder_profile_class_init (LadderProfileClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = ladder_profile_finalize;
  object_class->get_property = ladder_profile_get_property;
  object_class->set_property = ladder_profile_set_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, rw);
  properties[PROP_INDUSTRY] = g_param_spec_string ("industry", NULL, NULL, "other", rw);
  properties[PROP_COMPANY_SIZE] = g_param_spec_string ("company-size", NULL, NULL, "scaleup", rw);
  properties[PROP_BACKGROUND] = g_param_spec_string ("background", NULL, NULL, "technical", rw);
  properties[PROP_YEARS_EXPERIENCE] =
    g_param_spec_uint ("years-experience", NULL, NULL, 0, LADDER_MAX_YEARS, 0, rw);
  properties[PROP_REPORTS] =
    g_param_spec_uint ("reports", NULL, NULL, 0, LADDER_MAX_REPORTS, 0, rw);
  properties[PROP_TRACK] = g_param_spec_string ("track", NULL, NULL, NULL, ro);
  properties[PROP_RUNG] = g_param_spec_string ("rung", NULL, NULL, NULL, ro);
  properties[PROP_TARGET_TRACK] = g_param_spec_string ("target-track", NULL, NULL, NULL, ro);
  properties[PROP_TARGET_RUNG] = g_param_spec_string ("target-rung", NULL, NULL, NULL, ro);
  properties[PROP_HORIZON_YEARS] =
    g_param_spec_uint ("horizon-years", NULL, NULL, 1, 10, 3, rw);
  properties[PROP_REVIEW_MONTH] =
    g_param_spec_uint ("review-month", NULL, NULL, 0, 12, 0, rw);
  properties[PROP_READ_ONLY] = g_param_spec_boolean ("read-only", NULL, NULL, FALSE, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted after any change that should be saved. */
  signals[CHANGED] = g_signal_new_class_handler ("changed", G_TYPE_FROM_CLASS (klass),
                                                 G_SIGNAL_RUN_LAST, G_CALLBACK (change_done),
                                                 NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Emitted when a skill's levels, note or the list of skills changed. */
  signals[SKILLS_CHANGED] = g_signal_new ("skills-changed", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);
  /* Emitted when a question was added or removed, or an answer changed. */
  signals[INTERVIEW_CHANGED] = g_signal_new ("interview-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);
  /* Emitted when the plan's items changed. */
  signals[PLAN_CHANGED] = g_signal_new ("plan-changed", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* Emitted when an evidence entry was added, changed or removed. */
  signals[EVIDENCE_CHANGED] = g_signal_new ("evidence-changed", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 0);
}

static void
ladder_profile_init (LadderProfile *self)
{
  self->framework = g_strdup ("builtin:pm");
  self->industry = g_strdup ("other");
  self->company_size = g_strdup ("scaleup");
  self->background = g_strdup ("technical");
  self->track = g_strdup ("expert");
  self->rung = g_strdup ("pm");
  self->target_track = g_strdup ("expert");
  self->target_rung = g_strdup ("senior-pm");
  self->horizon_years = 3;
  self->format_version = LADDER_PROFILE_VERSION;
  self->skills = g_ptr_array_new_with_free_func (profile_skill_free);
  self->plan = g_ptr_array_new_with_free_func (plan_item_free);
  self->plan_removed = g_ptr_array_new_with_free_func (g_free);
  self->answers = g_ptr_array_new_with_free_func (answer_free);
  self->evidence = g_ptr_array_new_with_free_func (evidence_free);
  self->history = json_array_new ();
  self->checkins = json_array_new ();
  self->extra = json_object_new ();
  self->context_extra = json_object_new ();
  self->position_extra = json_object_new ();
  self->target_extra = json_object_new ();
  self->plan_extra = json_object_new ();
  self->applying_extra = json_object_new ();
}

/* Every skill of the profile's framework is in the profile, so views never meet a missing row. */
void
ladder_profile_add_missing_framework_skills (LadderProfile *self)
{
  LadderFramework *framework = ladder_profile_get_framework (self);
  guint n = ladder_framework_get_n_skills (framework);

  for (guint i = 0; i < n; i++)
    {
      const LadderSkill *skill = ladder_framework_get_skill (framework, i);
      LadderProfileSkill *entry;

      if (ladder_profile_lookup_skill (self, skill->id) != NULL)
        continue;
      entry = g_new0 (LadderProfileSkill, 1);
      entry->id = g_strdup (skill->id);
      entry->note = g_strdup ("");
      g_ptr_array_add (self->skills, entry);
      ladder_profile_skills_changed_shape (self);
    }
}

LadderProfile *
ladder_profile_new (const char *name)
{
  LadderProfile *self = g_object_new (LADDER_TYPE_PROFILE, NULL);

  self->name = g_strdup (name != NULL ? name : "");
  self->created = ladder_profile_now ();
  self->modified = g_strdup (self->created);
  ladder_profile_add_missing_framework_skills (self);
  return self;
}

/**
 * ladder_profile_copy:
 *
 * Returns: (transfer full): an independent copy, with a fresh creation date and never
 * read-only.
 */
LadderProfile *
ladder_profile_copy (LadderProfile *self)
{
  g_autofree char *data = NULL;
  g_autoptr (GError) error = NULL;
  LadderProfile *copy;
  gsize length;

  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);

  data = ladder_profile_to_data (self, &length);
  copy = ladder_profile_new_from_data (data, length, &error);
  g_assert_no_error (error);
  g_free (copy->created);
  copy->created = ladder_profile_now ();
  /* A copy is the person's to change, unless the ladder it is on is not here. */
  copy->read_only = copy->stand_in != NULL;
  return copy;
}

static void describe (LadderProfile *self,
                      const char    *key,
                      char          *label);

#define SWAP(a, b) G_STMT_START { gpointer tmp_ = (gpointer) (a); (a) = (b); (b) = tmp_; } G_STMT_END
#define SWAP_UINT(a, b) G_STMT_START { guint tmp_ = (a); (a) = (b); (b) = tmp_; } G_STMT_END

static gboolean
replace_from_data (LadderProfile *self,
                   const char    *data,
                   gsize          length,
                   const char    *label,
                   guint          parts,
                   GError       **error)
{
  g_autoptr (LadderProfile) other = NULL;

  g_return_val_if_fail (LADDER_IS_PROFILE (self), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  other = ladder_profile_new_from_data (data, length, error);
  if (other == NULL)
    return FALSE;
  ladder_profile_take_content (self, other, label, parts);
  return TRUE;
}

/**
 * ladder_profile_restore:
 * @data: what ladder_profile_to_data() gave earlier for this profile
 * @parts: the #LadderProfilePart that differ between @data and the profile as it is (what an
 *   undo step changed; %LADDER_PROFILE_PART_ALL when not known): only their signals are emitted
 *
 * Puts the profile back as it was when @data was taken, in place, so that everything holding
 * the profile follows; for undo. Its file's dates, version and read-only state stay.
 */
gboolean
ladder_profile_restore (LadderProfile *self,
                        const char    *data,
                        gsize          length,
                        guint          parts,
                        GError       **error)
{
  return replace_from_data (self, data, length, NULL, parts, error);
}

/**
 * ladder_profile_replace_content:
 * @label: (nullable): what the change is, for the undo history
 *
 * Like ladder_profile_restore(), for content from elsewhere (an earlier version of the file):
 * every part may have changed.
 */
gboolean
ladder_profile_replace_content (LadderProfile *self,
                                const char    *data,
                                gsize          length,
                                const char    *label,
                                GError       **error)
{
  return replace_from_data (self, data, length, label, LADDER_PROFILE_PART_ALL, error);
}

/**
 * ladder_profile_take_content:
 * @other: a profile read from a file's text (ladder_profile_new_from_data()), left holding
 *   what @self held
 * @label: (nullable): what the change is, for the undo history
 * @parts: the #LadderProfilePart that differ, as for ladder_profile_restore()
 *
 * ladder_profile_replace_content() with the reading done already (in a thread, say).
 */
void
ladder_profile_take_content (LadderProfile *self,
                             LadderProfile *other,
                             const char    *label,
                             guint          parts)
{
  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (LADDER_IS_PROFILE (other));

  SWAP (self->name, other->name);
  SWAP (self->framework, other->framework);
  SWAP (self->industry, other->industry);
  SWAP (self->company_size, other->company_size);
  SWAP (self->background, other->background);
  SWAP (self->track, other->track);
  SWAP (self->rung, other->rung);
  SWAP (self->target_track, other->target_track);
  SWAP (self->target_rung, other->target_rung);
  SWAP (self->plan_generated, other->plan_generated);
  SWAP (self->plan_language, other->plan_language);
  SWAP (self->skills, other->skills);
  SWAP (self->plan, other->plan);
  SWAP (self->plan_removed, other->plan_removed);
  SWAP (self->answers, other->answers);
  SWAP (self->evidence, other->evidence);
  SWAP (self->history, other->history);
  SWAP (self->checkins, other->checkins);
  SWAP (self->extra, other->extra);
  SWAP (self->context_extra, other->context_extra);
  SWAP (self->position_extra, other->position_extra);
  SWAP (self->target_extra, other->target_extra);
  SWAP (self->applying_company, other->applying_company);
  SWAP (self->applying_role, other->applying_role);
  SWAP (self->applying_extra, other->applying_extra);
  SWAP (self->plan_extra, other->plan_extra);
  SWAP (self->plan_inputs, other->plan_inputs);
  SWAP_UINT (self->years_experience, other->years_experience);
  SWAP_UINT (self->reports, other->reports);
  SWAP_UINT (self->horizon_years, other->horizon_years);
  SWAP_UINT (self->review_month, other->review_month);
  ladder_profile_skills_changed_shape (self);

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = PROP_NAME; i <= PROP_REVIEW_MONTH; i++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
  g_object_thaw_notify (G_OBJECT (self));
  describe (self, NULL, g_strdup (label));
  for (guint signal = SKILLS_CHANGED; signal <= EVIDENCE_CHANGED; signal++)
    if (parts & part_of (signal))
      emit_part (self, signal);
  g_signal_emit (self, signals[CHANGED], 0);
}

#undef SWAP
#undef SWAP_UINT

/* ---- Accessors -------------------------------------------------------------------------- */

static void
emit_changed (LadderProfile *self,
              guint          prop_id)
{
  if (prop_id != PROP_0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static gboolean
set_string (char      **field,
            const char *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

/* What the next "changed" is, for the undo history: a key (equal keys in a row are one edit, as
 * when typing) and a label for people. */
static void
describe (LadderProfile *self,
          const char    *key,
          char          *label)
{
  /* A draft Ladder makes while another change is under way (a reload, which the Interview view
   * redrafts for before the reload's "changed") is part of that change, not its name. */
  if (self->change_pending && key != NULL && g_str_has_prefix (key, "draft:") &&
      !g_str_has_prefix (self->change_key != NULL ? self->change_key : "", "draft:"))
    {
      g_free (label);
      return;
    }
  self->change_pending = TRUE;
  g_free (self->change_key);
  g_free (self->change_label);
  self->change_key = g_strdup (key);
  self->change_label = label;
}

/* A title short enough for a toast. */
static char *
short_title (const char *title)
{
  if (title == NULL)
    return g_strdup ("");
  if (g_utf8_strlen (title, -1) <= 40)
    return g_strdup (title);
  {
    g_autofree char *start = g_utf8_substring (title, 0, 39);

    return g_strconcat (start, "…", NULL);
  }
}

/**
 * ladder_profile_get_skill_title:
 *
 * Returns: (transfer none) (nullable): a skill as people read it: the person's own name for
 *   their own skills, the framework's title for the others
 */
const char *
ladder_profile_get_skill_title (LadderProfile *self,
                                const char    *id)
{
  const LadderProfileSkill *mine;
  const LadderSkill *skill;

  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);

  mine = ladder_profile_lookup_skill (self, id);
  if (mine != NULL && mine->name != NULL)
    return mine->name;
  skill = ladder_framework_lookup_skill (ladder_profile_get_framework (self), id);
  return skill != NULL ? skill->title : NULL;
}

static char *
skill_title (LadderProfile *self,
             const char    *id)
{
  const char *title = ladder_profile_get_skill_title (self, id);

  return short_title (title != NULL ? title : id);
}

static void
describe_skill (LadderProfile *self,
                const char    *kind,
                const char    *id,
                const char    *format)
{
  g_autofree char *key = g_strconcat (kind, ":", id, NULL);
  g_autofree char *title = skill_title (self, id);

  describe (self, key, g_strdup_printf (format, title));
}

static void
describe_item (LadderProfile *self,
               const char    *kind,
               const char    *id,
               const char    *title,
               const char    *format)
{
  g_autofree char *key = g_strconcat (kind, ":", id, NULL);
  g_autofree char *shortened = short_title (title);

  describe (self, key, g_strdup_printf (format, shortened));
}

/**
 * ladder_profile_get_change:
 * @key: (out) (optional) (transfer none): equal keys in a row are one edit
 *
 * Returns: (transfer none) (nullable): what the last "changed" was, in words
 */
const char *
ladder_profile_get_change (LadderProfile *self,
                           const char   **key)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);

  if (key != NULL)
    *key = self->change_key;
  return self->change_label;
}

/**
 * ladder_profile_take_changed_parts:
 *
 * Returns: the #LadderProfilePart whose signals were emitted since the last call (since the
 *   profile was made, the first time), and starts counting again
 */
guint
ladder_profile_take_changed_parts (LadderProfile *self)
{
  guint parts;

  g_return_val_if_fail (LADDER_IS_PROFILE (self), 0);

  parts = self->changed_parts;
  self->changed_parts = 0;
  return parts;
}

/**
 * ladder_profile_refuse:
 *
 * Sets a #LADDER_PROFILE_ERROR: the one way the readers of profiles, frameworks and CSV files
 * word a refusal.
 *
 * Returns: %FALSE, to return at once
 */
gboolean
ladder_profile_refuse (GError    **error,
                       int         code,
                       const char *format,
                       ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, LADDER_PROFILE_ERROR, code, message);
  return FALSE;
}

/**
 * ladder_profile_get_framework:
 *
 * Returns: (transfer none): the framework the profile is made on: the built-in one (in the
 *   language Ladder speaks now) or a company's own. Every view, the planner, the drafts and the
 *   report take it from here.
 */
LadderFramework *
ladder_profile_get_framework (LadderProfile *self)
{
  LadderFramework *framework;

  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);

  /* A profile whose company ladder is not here is read on a stand-in made of its own ids, and
   * is read-only; the built-in one is only what remains for a profile whose framework vanished
   * while it was open. */
  if (self->stand_in != NULL)
    return self->stand_in;
  framework = ladder_frameworks_lookup (self->framework, NULL);
  return framework != NULL ? framework : ladder_framework_get_builtin ();
}

const char *
ladder_profile_get_framework_id (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);
  return self->framework;
}

/* Where a profile new to @framework stands and aims: the first track's first rung and the one
 * above it (the same one on a ladder of one rung). */
static void
starting_rungs (LadderFramework   *framework,
                const LadderRung **first,
                const LadderRung **next)
{
  *first = ladder_framework_get_rung_at (framework, 0, 0);
  *next = ladder_framework_get_rung_at (framework, 0, 1);
  if (*next == NULL)
    *next = *first;
}

/**
 * ladder_profile_set_framework:
 *
 * Puts a new profile on @framework (stored, or the built-in one): the first rung of its first
 * track as the position and the next as the target, and a row for each of its skills. Meant for
 * a profile being made: what the profile held of another framework's skills is dropped.
 */
void
ladder_profile_set_framework (LadderProfile   *self,
                              LadderFramework *framework)
{
  const LadderRung *first, *next;

  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (LADDER_IS_FRAMEWORK (framework));
  g_return_if_fail (ladder_frameworks_lookup (ladder_framework_get_id (framework), NULL) != NULL);

  set_string (&self->framework, ladder_framework_get_id (framework));
  for (guint i = self->skills->len; i > 0; i--)
    {
      LadderProfileSkill *skill = self->skills->pdata[i - 1];

      if (!g_str_has_prefix (skill->id, "custom:") &&
          ladder_framework_lookup_skill (framework, skill->id) == NULL)
        g_ptr_array_remove_index (self->skills, i - 1);
    }
  ladder_profile_skills_changed_shape (self);
  ladder_profile_add_missing_framework_skills (self);

  starting_rungs (framework, &first, &next);
  set_string (&self->track, first->track);
  set_string (&self->rung, first->id);
  set_string (&self->target_track, next->track);
  set_string (&self->target_rung, next->id);
  emit_changed (self, PROP_0);
}

static const LadderRung *
rung_named (LadderFramework *framework,
            const char      *title)
{
  g_autofree char *wanted = g_utf8_casefold (title != NULL ? title : "", -1);

  for (guint t = 0; t < ladder_framework_get_n_tracks (framework); t++)
    {
      const LadderTrack *track = ladder_framework_get_track (framework, t);

      for (guint r = 0; r < track->n_rungs; r++)
        {
          g_autofree char *folded = g_utf8_casefold (track->rungs[r].title, -1);

          if (g_str_equal (folded, wanted))
            return &track->rungs[r];
        }
    }
  return NULL;
}

/**
 * ladder_profile_move_to_framework:
 * @move: (out caller-allocates): what was kept
 *
 * Puts an existing profile on another ladder and maps what can be mapped: a skill of the new
 * ladder with the same name (letter case aside) takes the old one's levels, note and flags; a
 * skill without a match that holds a rating or a note becomes the person's own skill, so that
 * nothing they wrote is lost; plan items and evidence follow their skills; the position and the
 * target move to rungs of the same name, or to the new ladder's first two. One undo step.
 */
void
ladder_profile_move_to_framework (LadderProfile       *self,
                                  LadderFramework     *framework,
                                  LadderFrameworkMove *move)
{
  LadderFramework *old = ladder_profile_get_framework (self);
  g_autoptr (GHashTable) renamed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                          g_free);
  g_autoptr (GPtrArray) kept = g_ptr_array_new ();
  const LadderRung *position, *target;
  const char *first_group;
  guint next_own = 1;

  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (LADDER_IS_FRAMEWORK (framework));
  g_return_if_fail (move != NULL);

  memset (move, 0, sizeof *move);
  if (framework == old)
    return;
  first_group = ladder_framework_get_group (framework, 0)->id;
  position = ladder_framework_lookup_rung (old, self->track, self->rung);
  target = ladder_framework_lookup_rung (old, self->target_track, self->target_rung);
  position = rung_named (framework, position != NULL ? position->title : NULL);
  target = rung_named (framework, target != NULL ? target->title : NULL);
  move->rungs_kept = position != NULL && target != NULL;
  {
    const LadderRung *first, *next;

    starting_rungs (framework, &first, &next);
    if (position == NULL)
      position = first;
    if (target == NULL)
      target = next != first ? next : position;
  }

  for (guint i = 0; i < self->skills->len; i++)
    {
      LadderProfileSkill *skill = self->skills->pdata[i];

      if (g_str_has_prefix (skill->id, "custom:"))
        {
          if (ladder_framework_lookup_group (framework, skill->group) == NULL)
            set_string (&skill->group, first_group);
          g_ptr_array_add (kept, skill);
        }
    }
  for (guint i = 0; i < self->skills->len; i++)
    {
      LadderProfileSkill *skill = self->skills->pdata[i];
      const LadderSkill *was = ladder_framework_lookup_skill (old, skill->id);
      g_autofree char *folded = NULL;
      const LadderSkill *match = NULL;

      if (was == NULL)
        continue;
      folded = g_utf8_casefold (was->title, -1);
      for (guint s = 0; s < ladder_framework_get_n_skills (framework) && match == NULL; s++)
        {
          const LadderSkill *candidate = ladder_framework_get_skill (framework, s);
          g_autofree char *title = g_utf8_casefold (candidate->title, -1);

          if (g_str_equal (title, folded) &&
              !g_ptr_array_find_with_equal_func (kept, candidate->id, NULL, NULL))
            match = candidate;
        }
      if (match != NULL)
        {
          g_hash_table_insert (renamed, g_strdup (skill->id), g_strdup (match->id));
          set_string (&skill->id, match->id);
          ladder_profile_skills_changed_shape (self);
          move->matched++;
        }
      else if (skill->current > 0 || skill->target > 0 || (skill->note != NULL && *skill->note))
        {
          g_autofree char *id = NULL;

          do
            {
              g_free (id);
              id = g_strdup_printf ("custom:%u", next_own++);
            }
          while (ladder_profile_lookup_skill (self, id) != NULL);
          g_hash_table_insert (renamed, g_strdup (skill->id), g_strdup (id));
          set_string (&skill->id, id);
          ladder_profile_skills_changed_shape (self);
          set_string (&skill->name, was->title);
          set_string (&skill->group, first_group);
          move->own++;
        }
      else
        {
          move->left_out++;
          continue;
        }
      g_ptr_array_add (kept, skill);
    }

  /* The skills not kept go; plan items and evidence follow the ones that were. */
  for (guint i = self->skills->len; i > 0; i--)
    if (!g_ptr_array_find (kept, self->skills->pdata[i - 1], NULL))
      g_ptr_array_remove_index (self->skills, i - 1);
  for (guint i = 0; i < self->plan->len; i++)
    {
      LadderPlanItem *item = self->plan->pdata[i];

      if (item->skill != NULL && !g_str_has_prefix (item->skill, "custom:"))
        set_string (&item->skill, g_hash_table_lookup (renamed, item->skill));
    }
  for (guint i = 0; i < self->evidence->len; i++)
    {
      LadderEvidence *entry = self->evidence->pdata[i];

      if (entry->skill != NULL && !g_str_has_prefix (entry->skill, "custom:"))
        set_string (&entry->skill, g_hash_table_lookup (renamed, entry->skill));
    }

  set_string (&self->framework, ladder_framework_get_id (framework));
  ladder_profile_skills_changed_shape (self);
  ladder_profile_add_missing_framework_skills (self);
  set_string (&self->track, position->track);
  set_string (&self->rung, position->id);
  set_string (&self->target_track, target->track);
  set_string (&self->target_rung, target->id);
  describe (self, "framework", g_strdup (_("change of your career ladder")));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRACK]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNG]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_TRACK]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_RUNG]);
  emit_changed (self, PROP_0);
}

const char *
ladder_profile_get_name (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);
  return self->name;
}

void
ladder_profile_set_name (LadderProfile *self,
                         const char    *name)
{
  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (name != NULL);

  if (set_string (&self->name, name))
    {
      /* Translators: what Undo takes back; shown as "Undone: …" */
      describe (self, "name", g_strdup (_("change of the profile’s name")));
      emit_changed (self, PROP_NAME);
    }
}

const char *
ladder_profile_get_industry (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);
  return self->industry;
}

void
ladder_profile_set_industry (LadderProfile *self,
                             const char    *industry)
{
  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (ladder_is_valid_industry (industry));

  if (set_string (&self->industry, industry))
    {
      describe (self, "context:industry", g_strdup (_("change of your work context")));
      emit_changed (self, PROP_INDUSTRY);
    }
}

const char *
ladder_profile_get_company_size (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);
  return self->company_size;
}

void
ladder_profile_set_company_size (LadderProfile *self,
                                 const char    *company_size)
{
  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (ladder_is_valid_company_size (company_size));

  if (set_string (&self->company_size, company_size))
    {
      describe (self, "context:company_size", g_strdup (_("change of your work context")));
      emit_changed (self, PROP_COMPANY_SIZE);
    }
}

const char *
ladder_profile_get_background (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);
  return self->background;
}

void
ladder_profile_set_background (LadderProfile *self,
                               const char    *background)
{
  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (ladder_is_valid_background (background));

  if (set_string (&self->background, background))
    {
      describe (self, "context:background", g_strdup (_("change of your work context")));
      emit_changed (self, PROP_BACKGROUND);
    }
}

guint
ladder_profile_get_years_experience (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), 0);
  return self->years_experience;
}

void
ladder_profile_set_years_experience (LadderProfile *self,
                                     guint          years)
{
  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (years <= LADDER_MAX_YEARS);

  if (self->years_experience == years)
    return;
  self->years_experience = years;
  describe (self, "context:years", g_strdup (_("change of your work context")));
  emit_changed (self, PROP_YEARS_EXPERIENCE);
}

guint
ladder_profile_get_reports (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), 0);
  return self->reports;
}

void
ladder_profile_set_reports (LadderProfile *self,
                            guint          reports)
{
  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (reports <= LADDER_MAX_REPORTS);

  if (self->reports == reports)
    return;
  self->reports = reports;
  describe (self, "context:reports", g_strdup (_("change of your work context")));
  emit_changed (self, PROP_REPORTS);
}

const char *
ladder_profile_get_track (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);
  return self->track;
}

const char *
ladder_profile_get_rung (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);
  return self->rung;
}

void
ladder_profile_set_position (LadderProfile *self,
                             const char    *track,
                             const char    *rung)
{
  gboolean track_changed, rung_changed;

  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (ladder_framework_lookup_rung (ladder_profile_get_framework (self), track,
                                                 rung));

  g_object_freeze_notify (G_OBJECT (self));
  track_changed = set_string (&self->track, track);
  rung_changed = set_string (&self->rung, rung);
  describe (self, "position", g_strdup (_("change of your current rung")));
  if (track_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TRACK]);
  if (rung_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNG]);
  g_object_thaw_notify (G_OBJECT (self));
  if (track_changed || rung_changed)
    emit_changed (self, PROP_0);
}

const char *
ladder_profile_get_target_track (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);
  return self->target_track;
}

const char *
ladder_profile_get_target_rung (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);
  return self->target_rung;
}

void
ladder_profile_set_target (LadderProfile *self,
                           const char    *track,
                           const char    *rung)
{
  gboolean track_changed, rung_changed;

  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (ladder_framework_lookup_rung (ladder_profile_get_framework (self), track,
                                                 rung));

  g_object_freeze_notify (G_OBJECT (self));
  track_changed = set_string (&self->target_track, track);
  rung_changed = set_string (&self->target_rung, rung);
  describe (self, "target", g_strdup (_("change of your target rung")));
  if (track_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_TRACK]);
  if (rung_changed)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_RUNG]);
  g_object_thaw_notify (G_OBJECT (self));
  if (track_changed || rung_changed)
    emit_changed (self, PROP_0);
}

guint
ladder_profile_get_horizon_years (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), 0);
  return self->horizon_years;
}

void
ladder_profile_set_horizon_years (LadderProfile *self,
                                  guint          years)
{
  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (years >= 1 && years <= 10);

  if (self->horizon_years == years)
    return;
  self->horizon_years = years;
  describe (self, "horizon", g_strdup (_("change of the plan’s horizon")));
  emit_changed (self, PROP_HORIZON_YEARS);
}

/**
 * ladder_profile_get_applying_company:
 *
 * Returns: (nullable): the company the person interviews with, for the drafts
 */
const char *
ladder_profile_get_applying_company (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);
  return self->applying_company;
}

/**
 * ladder_profile_get_applying_role:
 *
 * Returns: (nullable): the role the person interviews for, for the drafts
 */
const char *
ladder_profile_get_applying_role (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);
  return self->applying_role;
}

/* An empty or blank text is no text. */
static char *
text_or_null (const char *text)
{
  g_autofree char *stripped = text != NULL ? g_strstrip (g_strdup (text)) : NULL;

  if (stripped == NULL || *stripped == '\0')
    return NULL;
  if (g_utf8_strlen (stripped, -1) > LADDER_MAX_NAME_CHARS)
    *g_utf8_offset_to_pointer (stripped, LADDER_MAX_NAME_CHARS) = '\0';
  return g_steal_pointer (&stripped);
}

/**
 * ladder_profile_set_applying:
 * @company: (nullable): the company the person interviews with
 * @role: (nullable): the role they interview for
 */
void
ladder_profile_set_applying (LadderProfile *self,
                             const char    *company,
                             const char    *role)
{
  g_autofree char *new_company = NULL;
  g_autofree char *new_role = NULL;
  gboolean changed;

  g_return_if_fail (LADDER_IS_PROFILE (self));

  new_company = text_or_null (company);
  new_role = text_or_null (role);
  changed = set_string (&self->applying_company, new_company);
  changed |= set_string (&self->applying_role, new_role);
  if (!changed)
    return;
  /* Translators: what Undo takes back; shown as "Undone: …" */
  describe (self, "applying", g_strdup (_("change of the company and role you apply for")));
  emit_changed (self, PROP_0);
}

/**
 * ladder_profile_get_review_month:
 *
 * Returns: the month (1–12) the person's company holds its performance reviews in, to which
 * the plan's checkpoints align; 0 when not set
 */
guint
ladder_profile_get_review_month (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), 0);
  return self->review_month;
}

void
ladder_profile_set_review_month (LadderProfile *self,
                                 guint          month)
{
  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (month <= 12);

  if (self->review_month == month)
    return;
  self->review_month = month;
  /* Translators: what Undo takes back; shown as "Undone: …" */
  describe (self, "review-month", g_strdup (_("change of the review month")));
  emit_changed (self, PROP_REVIEW_MONTH);
}

/* Returns: (nullable): why the profile is read-only when it is not a newer version's: its
 * company ladder is not on this computer */
const char *
ladder_profile_get_read_only_reason (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);
  return self->read_only_reason;
}

gboolean
ladder_profile_get_read_only (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), TRUE);
  return self->read_only;
}

gint64
ladder_profile_get_format_version (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), 0);
  return self->format_version;
}

const char *
ladder_profile_get_created (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);
  return self->created;
}

const char *
ladder_profile_get_modified (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);
  return self->modified;
}

/* Called by the store just before a save. */
void
ladder_profile_touch (LadderProfile *self)
{
  g_return_if_fail (LADDER_IS_PROFILE (self));

  g_free (self->modified);
  self->modified = ladder_profile_now ();
}

guint
ladder_profile_get_n_skills (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), 0);
  return self->skills->len;
}

const LadderProfileSkill *
ladder_profile_get_skill (LadderProfile *self,
                          guint          index)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);
  g_return_val_if_fail (index < self->skills->len, NULL);
  return g_ptr_array_index (self->skills, index);
}

/* The skills are looked up for every plan item and evidence entry: keep an index. */
void
ladder_profile_skills_changed_shape (LadderProfile *self)
{
  g_clear_pointer (&self->skill_index, g_hash_table_unref);
}

const LadderProfileSkill *
ladder_profile_lookup_skill (LadderProfile *self,
                             const char    *id)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);

  if (id == NULL)
    return NULL;
  if (self->skill_index == NULL)
    {
      self->skill_index = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < self->skills->len; i++)
        {
          LadderProfileSkill *skill = g_ptr_array_index (self->skills, i);

          if (skill->id != NULL)
            g_hash_table_insert (self->skill_index, skill->id, skill);
        }
    }
  return g_hash_table_lookup (self->skill_index, id);
}

static void record_history (LadderProfile *self,
                            const char    *skill,
                            int            before);

void
ladder_profile_set_skill_levels (LadderProfile *self,
                                 const char    *id,
                                 int            current,
                                 int            target)
{
  LadderProfileSkill *skill;

  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (current >= 0 && current <= LADDER_LEVEL_MAX);
  g_return_if_fail (target >= 0 && target <= LADDER_LEVEL_MAX);

  skill = (LadderProfileSkill *) ladder_profile_lookup_skill (self, id);
  g_return_if_fail (skill != NULL);

  if (skill->current == current && skill->target == target)
    return;
  if (skill->current != current)
    {
      int before = skill->current;

      skill->current = current;
      record_history (self, skill->id, before);
    }
  skill->target = target;
  /* Translators: %s is a skill */
  describe_skill (self, "level", id, _("change of “%s” level"));
  emit_part (self, SKILLS_CHANGED);
  emit_changed (self, PROP_0);
}

void
ladder_profile_set_skill_note (LadderProfile *self,
                               const char    *id,
                               const char    *note)
{
  LadderProfileSkill *skill;

  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (note != NULL);

  skill = (LadderProfileSkill *) ladder_profile_lookup_skill (self, id);
  g_return_if_fail (skill != NULL);

  if (set_string (&skill->note, note))
    {
      /* Translators: %s is a skill */
      describe_skill (self, "note", id, _("change of the note on “%s”"));
      emit_part (self, SKILLS_CHANGED);
      emit_changed (self, PROP_0);
    }
}

guint
ladder_profile_get_n_plan_items (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), 0);
  return self->plan->len;
}

const LadderPlanItem *
ladder_profile_get_plan_item (LadderProfile *self,
                              guint          index)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);
  g_return_val_if_fail (index < self->plan->len, NULL);
  return g_ptr_array_index (self->plan, index);
}

guint
ladder_profile_get_n_answers (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), 0);
  return self->answers->len;
}

const LadderAnswer *
ladder_profile_get_answer (LadderProfile *self,
                           guint          index)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);
  g_return_val_if_fail (index < self->answers->len, NULL);
  return g_ptr_array_index (self->answers, index);
}

guint
ladder_profile_get_n_evidence (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), 0);
  return self->evidence->len;
}

/**
 * ladder_evidence_new:
 * @text: what the person did
 *
 * Returns: (transfer full): an evidence entry; empty optional texts are left out
 */
LadderEvidence *
ladder_evidence_new (const char *date,
                     const char *skill,
                     const char *text,
                     const char *outcome,
                     const char *link,
                     const char *plan_item)
{
  LadderEvidence *evidence = g_new0 (LadderEvidence, 1);

#define OPTIONAL(s) ((s) != NULL && *(s) != '\0' ? g_strdup (s) : NULL)
  evidence->date = OPTIONAL (date);
  evidence->skill = OPTIONAL (skill);
  evidence->text = g_strdup (text != NULL ? text : "");
  evidence->outcome = OPTIONAL (outcome);
  evidence->link = OPTIONAL (link);
  evidence->plan_item = OPTIONAL (plan_item);
#undef OPTIONAL
  return evidence;
}

void
ladder_evidence_free (LadderEvidence *evidence)
{
  if (evidence != NULL)
    evidence_free (evidence);
}

/* Each change of the evidence log is its own step to undo. */
static void
describe_evidence (LadderProfile *self,
                   const char    *kind,
                   const char    *text,
                   const char    *format)
{
  static guint serial;
  g_autofree char *id = g_strdup_printf ("%u", ++serial);

  describe_item (self, kind, id, text, format);
}

/* Newest last, as the person lives it: an entry goes after the last one dated on or before it. */
static guint
evidence_position (LadderProfile        *self,
                   const LadderEvidence *evidence)
{
  guint at = self->evidence->len;

  if (evidence->date == NULL)
    return at;
  while (at > 0)
    {
      const LadderEvidence *other = g_ptr_array_index (self->evidence, at - 1);

      /* An undated entry says nothing of where a dated one goes. */
      if (other->date != NULL && strcmp (other->date, evidence->date) <= 0)
        break;
      at--;
    }
  return at;
}

/**
 * ladder_profile_add_evidence:
 * @evidence: (transfer full): the entry
 */
void
ladder_profile_add_evidence (LadderProfile  *self,
                             LadderEvidence *evidence)
{
  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (evidence != NULL && evidence->text != NULL);

  g_ptr_array_insert (self->evidence, evidence_position (self, evidence), evidence);
  /* Translators: what Undo takes back; %s is what the person did */
  describe_evidence (self, "add-evidence", evidence->text, _("addition of the evidence “%s”"));
  emit_part (self, EVIDENCE_CHANGED);
  emit_changed (self, PROP_0);
}

/**
 * ladder_profile_replace_evidence:
 * @evidence: (transfer full): what the entry at @index becomes
 */
void
ladder_profile_replace_evidence (LadderProfile  *self,
                                 guint           index,
                                 LadderEvidence *evidence)
{
  LadderEvidence *old;

  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (index < self->evidence->len);
  g_return_if_fail (evidence != NULL && evidence->text != NULL);

  old = g_ptr_array_steal_index (self->evidence, index);
  if (old->extra != NULL)
    evidence->extra = json_object_ref (old->extra);
  evidence_free (old);
  g_ptr_array_insert (self->evidence, evidence_position (self, evidence), evidence);
  /* Translators: what Undo takes back; %s is what the person did */
  describe_evidence (self, "edit-evidence", evidence->text, _("edit of the evidence “%s”"));
  emit_part (self, EVIDENCE_CHANGED);
  emit_changed (self, PROP_0);
}

void
ladder_profile_remove_evidence (LadderProfile *self,
                                guint          index)
{
  LadderEvidence *old;

  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (index < self->evidence->len);

  old = g_ptr_array_steal_index (self->evidence, index);
  /* Translators: what Undo takes back; %s is what the person did */
  describe_evidence (self, "remove-evidence", old->text, _("removal of the evidence “%s”"));
  evidence_free (old);
  emit_part (self, EVIDENCE_CHANGED);
  emit_changed (self, PROP_0);
}

const LadderEvidence *
ladder_profile_get_evidence (LadderProfile *self,
                             guint          index)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);
  g_return_val_if_fail (index < self->evidence->len, NULL);
  return g_ptr_array_index (self->evidence, index);
}

static void  emit_plan_changed (LadderProfile *self);

/* Moves the item at @position to after the last item of its (new) year and quarter. */
static void
reposition_plan_item (LadderProfile *self,
                      guint          position)
{
  LadderPlanItem *item = g_ptr_array_steal_index (self->plan, position);
  guint at = 0;

  for (guint i = 0; i < self->plan->len; i++)
    {
      const LadderPlanItem *other = g_ptr_array_index (self->plan, i);

      if (other->year < item->year ||
          (other->year == item->year && other->quarter <= item->quarter))
        at = i + 1;
    }
  g_ptr_array_insert (self->plan, at, item);
}

static JsonArray *
id_array (const char * const *ids)
{
  JsonArray *array = json_array_new ();

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    json_array_add_string_element (array, ids[i]);
  return array;
}

/**
 * ladder_profile_check_in:
 * @quarter: the quarter looked back on, as the plan names it ("2027 Q1")
 * @done: (array zero-terminated=1) (nullable): items the person did
 * @moved: (array zero-terminated=1) (nullable): items that slipped, moved on a quarter
 * @note: (nullable): what to change
 *
 * The quarterly check-in, one step to undo: marks what got done, moves what slipped to the
 * next quarter (its words stay untouched, so they still follow the language), and keeps a dated
 * entry of it.
 */
void
ladder_profile_check_in (LadderProfile      *self,
                         const char         *quarter,
                         const char * const *done,
                         const char * const *moved,
                         const char         *note)
{
  JsonObject *entry;
  g_autofree char *date = ladder_profile_today ();

  g_return_if_fail (LADDER_IS_PROFILE (self));

  for (guint i = 0; done != NULL && done[i] != NULL; i++)
    {
      LadderPlanItem *item = (LadderPlanItem *) ladder_profile_lookup_plan_item (self, done[i],
                                                                                 NULL);

      if (item != NULL)
        item->status = LADDER_STATUS_DONE;
    }
  for (guint i = 0; moved != NULL && moved[i] != NULL; i++)
    {
      guint position;
      LadderPlanItem *item = (LadderPlanItem *) ladder_profile_lookup_plan_item (self, moved[i],
                                                                                 &position);

      if (item == NULL || item->year >= 10)
        continue;
      if (item->quarter == 0 || item->quarter == 4)
        {
          item->year++;
          item->quarter = item->quarter == 0 ? 0 : 1;
        }
      else
        item->quarter++;
      reposition_plan_item (self, position);
    }
  entry = json_object_new ();
  json_object_set_string_member (entry, "date", date);
  if (quarter != NULL)
    json_object_set_string_member (entry, "quarter", quarter);
  json_object_set_array_member (entry, "done", id_array (done));
  json_object_set_array_member (entry, "moved", id_array (moved));
  if (note != NULL && *note != '\0')
    json_object_set_string_member (entry, "note", note);
  json_array_add_object_element (self->checkins, entry);
  /* Translators: what Undo takes back */
  describe (self, NULL, g_strdup (_("check-in")));
  emit_plan_changed (self);
}

guint
ladder_profile_get_n_checkins (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), 0);
  return json_array_get_length (self->checkins);
}

/**
 * ladder_profile_get_checkin:
 *
 * Returns: (transfer none): the check-in @index: `date`, `quarter`, `done`, `moved`, `note`
 */
JsonObject *
ladder_profile_get_checkin (LadderProfile *self,
                            guint          index)
{
  JsonNode *node;

  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);
  g_return_val_if_fail (index < json_array_get_length (self->checkins), NULL);

  node = json_array_get_element (self->checkins, index);
  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/**
 * ladder_profile_get_checkin_date:
 *
 * Returns: (nullable): the day of the check-in @index ("2027-04-02")
 */
const char *
ladder_profile_get_checkin_date (LadderProfile *self,
                                 guint          index)
{
  JsonObject *entry = ladder_profile_get_checkin (self, index);

  return entry != NULL ? json_object_get_string_member_with_default (entry, "date", NULL) : NULL;
}

/**
 * ladder_profile_compare_ratings:
 * @other: another copy of the profile: the one a manager rated, or one's own from a year ago
 *
 * Returns: (transfer full) (element-type LadderRatingDifference): the skills both have whose
 *   current levels differ, in @self's order; built-in skills by id, one's own by name
 */
GArray *
ladder_profile_compare_ratings (LadderProfile *self,
                                LadderProfile *other)
{
  GArray *differences = g_array_new (FALSE, FALSE, sizeof (LadderRatingDifference));

  g_return_val_if_fail (LADDER_IS_PROFILE (self), differences);
  g_return_val_if_fail (LADDER_IS_PROFILE (other), differences);

  for (guint i = 0; i < self->skills->len; i++)
    {
      const LadderProfileSkill *mine = g_ptr_array_index (self->skills, i);
      const LadderProfileSkill *theirs = NULL;

      if (mine->name == NULL)
        theirs = ladder_profile_lookup_skill (other, mine->id);
      else
        /* One's own skills are matched by name: each copy numbers them its own way. */
        for (guint j = 0; j < other->skills->len && theirs == NULL; j++)
          {
            const LadderProfileSkill *candidate = g_ptr_array_index (other->skills, j);

            if (candidate->name != NULL && g_utf8_collate (candidate->name, mine->name) == 0)
              theirs = candidate;
          }
      if (theirs != NULL && theirs->current != mine->current)
        {
          LadderRatingDifference difference = { mine->id, mine->current, theirs->current };

          g_array_append_val (differences, difference);
        }
    }
  return differences;
}

guint
ladder_profile_get_n_history (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), 0);
  return json_array_get_length (self->history);
}

/**
 * ladder_profile_get_history:
 *
 * Returns: (transfer none): the rating history: snapshots `{ "date": "2026-11-23", "skills":
 *   { id: current level } }`, oldest first
 */
JsonArray *
ladder_profile_get_history (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);
  return self->history;
}

/**
 * ladder_profile_get_history_entry:
 * @date: (out) (transfer none): the entry's day ("2026-03-01")
 * @levels: (out) (transfer none): skill id → current level on that day
 *
 * Returns: whether the entry @index has both (a file written by hand may lack them)
 */
gboolean
ladder_profile_get_history_entry (LadderProfile  *self,
                                  guint           index,
                                  const char    **date,
                                  JsonObject    **levels)
{
  JsonNode *node, *skills;
  JsonObject *entry;

  g_return_val_if_fail (LADDER_IS_PROFILE (self), FALSE);
  g_return_val_if_fail (index < json_array_get_length (self->history), FALSE);

  node = json_array_get_element (self->history, index);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  entry = json_node_get_object (node);
  skills = json_object_get_member (entry, "skills");
  *date = json_object_get_string_member_with_default (entry, "date", NULL);
  *levels = skills != NULL && JSON_NODE_HOLDS_OBJECT (skills) ? json_node_get_object (skills)
                                                               : NULL;
  return *date != NULL && *levels != NULL;
}

/**
 * ladder_profile_history_level:
 * @levels: (nullable): the levels of a snapshot, from ladder_profile_get_history_entry()
 *
 * Returns: the snapshot's level of skill @id (0–5), or -1 when it has none
 */
int
ladder_profile_history_level (JsonObject *levels,
                              const char *id)
{
  JsonNode *node = levels != NULL ? json_object_get_member (levels, id) : NULL;

  if (node == NULL || json_node_get_value_type (node) != G_TYPE_INT64)
    return -1;
  return CLAMP (json_node_get_int (node), 0, LADDER_LEVEL_MAX);
}

/**
 * ladder_profile_get_history_changes:
 * @index: a snapshot of the rating history
 *
 * What moved on the day of snapshot @index: each skill whose level differs from the snapshot
 * before it, in the profile's order. The first snapshot is where the history starts: nothing
 * moved. Skills the profile no longer has are left out.
 *
 * Returns: (transfer full) (element-type LadderRatingChange): the changes; their ids belong to
 *   the profile's skills and are valid while those are
 */
GArray *
ladder_profile_get_history_changes (LadderProfile *self,
                                    guint          index)
{
  GArray *changes = g_array_new (FALSE, FALSE, sizeof (LadderRatingChange));
  const char *date;
  JsonObject *now, *before;

  g_return_val_if_fail (LADDER_IS_PROFILE (self), changes);

  if (index == 0 || index >= json_array_get_length (self->history) ||
      !ladder_profile_get_history_entry (self, index, &date, &now) ||
      !ladder_profile_get_history_entry (self, index - 1, &date, &before))
    return changes;
  for (guint i = 0; i < self->skills->len; i++)
    {
      const LadderProfileSkill *skill = g_ptr_array_index (self->skills, i);
      LadderRatingChange change = { skill->id, ladder_profile_history_level (before, skill->id),
                                    ladder_profile_history_level (now, skill->id) };

      if (change.to >= 0 && change.to != change.from)
        g_array_append_val (changes, change);
    }
  return changes;
}

static char *today_override;

/* For tests, and for trying a year in an afternoon: the date history records as today
 * ("2027-03-01"), or %NULL for the real one. */
void
ladder_profile_override_today (const char *date)
{
  g_free (today_override);
  today_override = g_strdup (date);
}

/**
 * ladder_profile_today:
 *
 * Returns: (transfer full): today as the history and the logs write it ("2027-03-01"), or the
 *   day set with ladder_profile_override_today()
 */
char *
ladder_profile_today (void)
{
  g_autoptr (GDateTime) now = NULL;

  if (today_override != NULL)
    return g_strdup (today_override);
  now = g_date_time_new_now_local ();
  return g_date_time_format (now, "%Y-%m-%d");
}

static JsonObject *
snapshot_levels (LadderProfile *self)
{
  JsonObject *levels = json_object_new ();

  for (guint i = 0; i < self->skills->len; i++)
    {
      const LadderProfileSkill *skill = g_ptr_array_index (self->skills, i);

      json_object_set_int_member (levels, skill->id, skill->current);
    }
  return levels;
}

static const char *
snapshot_date (JsonArray *history,
               guint      index)
{
  JsonNode *node = json_array_get_element (history, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_object_get_string_member_with_default (json_node_get_object (node), "date", NULL);
}

/* Older than a year, a month keeps its first and its last snapshot: a history that grows every
 * day stays small, and what a month started and ended at stays. */
static void
thin_history (JsonArray  *history,
              const char *today_date)
{
  g_autofree char *cutoff = NULL;
  GPtrArray *kept;
  guint n = json_array_get_length (history);

  if (n < 400 || strlen (today_date) < 10)
    return;
  cutoff = g_strdup_printf ("%04d%s", atoi (today_date) - 1, today_date + 4);
  kept = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);
  for (guint i = 0; i < n; i++)
    {
      const char *date = snapshot_date (history, i);
      const char *before = i > 0 ? snapshot_date (history, i - 1) : NULL;
      const char *after = i + 1 < n ? snapshot_date (history, i + 1) : NULL;
      gboolean old = date != NULL && strcmp (date, cutoff) < 0;
      gboolean first_of_month = before == NULL || date == NULL || strncmp (before, date, 7) != 0;
      gboolean last_of_month = after == NULL || date == NULL || strncmp (after, date, 7) != 0;

      if (!old || first_of_month || last_of_month)
        g_ptr_array_add (kept, json_node_ref (json_array_get_element (history, i)));
    }
  if (kept->len == n)
    {
      /* Nothing old enough to thin: the history stays as it is. */
      g_ptr_array_unref (kept);
      return;
    }
  while (json_array_get_length (history) > 0)
    json_array_remove_element (history, 0);
  for (guint i = 0; i < kept->len; i++)
    json_array_add_element (history, json_node_ref (g_ptr_array_index (kept, i)));
  g_ptr_array_unref (kept);
}

/* Every change of a current level is remembered, one snapshot of all current levels a day: the
 * last of the day wins. The first change also keeps what the levels were before it, dated when
 * the profile was made. */
static void
record_history (LadderProfile *self,
                const char    *skill,
                int            before)
{
  g_autofree char *date = ladder_profile_today ();
  guint n = json_array_get_length (self->history);
  JsonObject *snapshot;

  if (n == 0 && self->created != NULL && strncmp (self->created, date, 10) < 0)
    {
      JsonObject *first = json_object_new ();
      JsonObject *levels = snapshot_levels (self);
      g_autofree char *created = g_strndup (self->created, 10);

      /* The levels as they were before this change. */
      json_object_set_int_member (levels, skill, before);
      json_object_set_string_member (first, "date", created);
      json_object_set_object_member (first, "skills", levels);
      json_array_add_object_element (self->history, first);
      n++;
    }
  if (n > 0 && g_strcmp0 (snapshot_date (self->history, n - 1), date) == 0)
    json_array_remove_element (self->history, n - 1);
  else if (n >= LADDER_MAX_HISTORY)
    json_array_remove_element (self->history, 1); /* never the first */
  snapshot = json_object_new ();
  json_object_set_string_member (snapshot, "date", date);
  json_object_set_object_member (snapshot, "skills", snapshot_levels (self));
  json_array_add_object_element (self->history, snapshot);
  thin_history (self->history, date);
}

/**
 * ladder_profile_get_plan_language:
 *
 * Returns: (nullable): the code of the language the plan was made in ("ru"), if known
 */
const char *
ladder_profile_get_plan_language (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);
  return self->plan_language;
}

/**
 * ladder_profile_get_plan_inputs:
 *
 * Returns: (transfer none) (nullable): what the plan was made from (see
 *   ladder_profile_dup_inputs()), so that its words can be written again in another language
 */
JsonObject *
ladder_profile_get_plan_inputs (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);
  return self->plan_inputs;
}

/* Part of making a plan (before ladder_profile_set_plan()): not a change of its own. */
void
ladder_profile_set_plan_inputs (LadderProfile *self,
                                JsonObject    *inputs)
{
  g_return_if_fail (LADDER_IS_PROFILE (self));

  if (inputs != NULL)
    json_object_ref (inputs);
  g_clear_pointer (&self->plan_inputs, json_object_unref);
  self->plan_inputs = inputs;
}

/**
 * ladder_profile_dup_inputs:
 *
 * What a plan is made from: this profile without its plan, interview answers, evidence,
 * history, notes and the members this version does not know.
 *
 * Returns: (transfer full): a profile document, as a JSON object
 */
JsonObject *
ladder_profile_dup_inputs (LadderProfile *self)
{
  g_autoptr (LadderProfile) copy = NULL;
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);

  copy = ladder_profile_copy (self);
  g_ptr_array_set_size (copy->plan, 0);
  g_ptr_array_set_size (copy->plan_removed, 0);
  g_ptr_array_set_size (copy->answers, 0);
  g_ptr_array_set_size (copy->evidence, 0);
  g_clear_pointer (&copy->history, json_array_unref);
  copy->history = json_array_new ();
  g_clear_pointer (&copy->checkins, json_array_unref);
  copy->checkins = json_array_new ();
  g_clear_pointer (&copy->plan_generated, g_free);
  g_clear_pointer (&copy->plan_language, g_free);
  g_clear_pointer (&copy->plan_inputs, json_object_unref);
  g_clear_pointer (&copy->applying_company, g_free);
  g_clear_pointer (&copy->applying_role, g_free);
  for (guint i = 0; i < copy->skills->len; i++)
    {
      LadderProfileSkill *skill = g_ptr_array_index (copy->skills, i);

      g_clear_pointer (&skill->note, g_free);
      g_clear_pointer (&skill->extra, json_object_unref);
    }
  {
    JsonObject **extras[] = { &copy->extra, &copy->context_extra, &copy->position_extra,
                              &copy->target_extra, &copy->plan_extra, &copy->applying_extra };

    for (guint i = 0; i < G_N_ELEMENTS (extras); i++)
      {
        g_clear_pointer (extras[i], json_object_unref);
        *extras[i] = json_object_new ();
      }
  }
  data = ladder_profile_to_data (copy, &length);
  root = json_from_string (data, NULL);
  g_assert (root != NULL && JSON_NODE_HOLDS_OBJECT (root));
  return json_object_ref (json_node_get_object (root));
}

/**
 * ladder_profile_relabel_plan:
 * @fresh: (element-type utf8 LadderPlanItem): the plan made again in the language spoken now,
 *   from the plan's inputs, by item id
 *
 * Gives every item the person has not edited the words of its fresh twin, and the plan the
 * language spoken now. Not a change: the same plan, in other words; nothing is saved for it.
 *
 * Returns: whether any words changed
 */
gboolean
ladder_profile_relabel_plan (LadderProfile *self,
                             GHashTable    *fresh)
{
  gboolean changed = FALSE;

  g_return_val_if_fail (LADDER_IS_PROFILE (self), FALSE);

  for (guint i = 0; i < self->plan->len; i++)
    {
      LadderPlanItem *item = g_ptr_array_index (self->plan, i);
      const LadderPlanItem *twin = g_hash_table_lookup (fresh, item->id);

      if (item->edited || twin == NULL || g_strcmp0 (item->kind, twin->kind) != 0)
        continue;
      changed |= set_string (&item->title, twin->title);
      changed |= set_string (&item->outcome, twin->outcome);
    }
  set_string (&self->plan_language, ladder_format_language ());
  if (changed)
    emit_part (self, PLAN_CHANGED);
  return changed;
}

const char *
ladder_profile_get_plan_generated (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);
  return self->plan_generated;
}

/* Removes and returns the first element whose text member at @offset is @key. */
static gpointer
steal_by_key (GPtrArray  *array,
              gsize       offset,
              const char *key,
              guint      *index)
{
  for (guint i = 0; i < array->len; i++)
    {
      gpointer element = g_ptr_array_index (array, i);

      if (g_strcmp0 (G_STRUCT_MEMBER (const char *, element, offset), key) == 0)
        {
          g_ptr_array_steal_index (array, i);
          if (index != NULL)
            *index = i;
          return element;
        }
    }
  return NULL;
}

static void
emit_plan_changed (LadderProfile *self)
{
  emit_part (self, PLAN_CHANGED);
  emit_changed (self, PROP_0);
}

/**
 * ladder_profile_set_plan:
 * @items: (transfer full) (element-type LadderPlanItem): the new plan
 */
void
ladder_profile_set_plan (LadderProfile *self,
                         GPtrArray     *items,
                         const char    *generated)
{
  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (items != NULL);

  g_ptr_array_set_free_func (items, plan_item_free);
  g_ptr_array_unref (self->plan);
  self->plan = items;
  set_string (&self->plan_generated, generated);
  /* A plan made now is made in the language spoken now. */
  set_string (&self->plan_language, generated != NULL ? ladder_format_language () : NULL);
  describe (self, "plan", g_strdup (_("new plan")));
  emit_plan_changed (self);
}

const LadderPlanItem *
ladder_profile_lookup_plan_item (LadderProfile *self,
                                 const char    *id,
                                 guint         *index)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);

  for (guint i = 0; i < self->plan->len; i++)
    {
      LadderPlanItem *item = g_ptr_array_index (self->plan, i);

      if (g_strcmp0 (item->id, id) == 0)
        {
          if (index != NULL)
            *index = i;
          return item;
        }
    }
  return NULL;
}

void
ladder_profile_set_plan_item_status (LadderProfile *self,
                                     const char    *id,
                                     LadderStatus   status)
{
  LadderPlanItem *item;

  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (status <= LADDER_STATUS_DONE);

  item = (LadderPlanItem *) ladder_profile_lookup_plan_item (self, id, NULL);
  g_return_if_fail (item != NULL);
  if (item->status == status)
    return;
  item->status = status;
  /* Translators: %s is a plan item */
  describe_item (self, "status", id, item->title, _("change of status of “%s”"));
  emit_plan_changed (self);
}

/* An edit by the person: regenerating the plan keeps the item as it is. */
void
ladder_profile_edit_plan_item (LadderProfile *self,
                               const char    *id,
                               const char    *title,
                               const char    *outcome)
{
  LadderPlanItem *item;
  gboolean changed;

  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (title != NULL);

  item = (LadderPlanItem *) ladder_profile_lookup_plan_item (self, id, NULL);
  g_return_if_fail (item != NULL);
  changed = set_string (&item->title, title);
  changed |= set_string (&item->outcome, outcome);
  if (!changed)
    return;
  item->edited = TRUE;
  set_string (&item->language, ladder_format_language ());
  /* Translators: %s is a plan item */
  describe_item (self, "edit", id, item->title, _("edit of “%s”"));
  emit_plan_changed (self);
}

/**
 * ladder_profile_update_plan_item:
 * @skill: (nullable): the skill the item works on
 *
 * An edit by the person of everything about an item at once (one step to undo). An item given
 * another year or quarter goes after the last item of its new year and quarter.
 */
void
ladder_profile_update_plan_item (LadderProfile *self,
                                 const char    *id,
                                 const char    *title,
                                 const char    *outcome,
                                 guint          year,
                                 guint          quarter,
                                 const char    *skill)
{
  LadderPlanItem *item;
  guint position;
  gboolean changed, moved;

  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (title != NULL && *title != '\0');
  g_return_if_fail (year >= 1 && year <= 10 && quarter <= 4);
  g_return_if_fail (skill == NULL || ladder_profile_lookup_skill (self, skill) != NULL);

  item = (LadderPlanItem *) ladder_profile_lookup_plan_item (self, id, &position);
  g_return_if_fail (item != NULL);
  changed = set_string (&item->title, title);
  changed |= set_string (&item->outcome, outcome != NULL && *outcome != '\0' ? outcome : NULL);
  changed |= set_string (&item->skill, skill);
  moved = item->year != year || item->quarter != quarter;
  if (!changed && !moved)
    return;
  item->edited = TRUE;
  if (changed)
    set_string (&item->language, ladder_format_language ());
  if (moved)
    {
      guint at = 0;

      g_ptr_array_steal_index (self->plan, position);
      item->year = year;
      item->quarter = quarter;
      for (guint i = 0; i < self->plan->len; i++)
        {
          const LadderPlanItem *other = g_ptr_array_index (self->plan, i);

          if (other->year < year || (other->year == year && other->quarter <= quarter))
            at = i + 1;
        }
      g_ptr_array_insert (self->plan, at, item);
    }
  /* Translators: %s is a plan item */
  describe_item (self, "edit", id, item->title, _("edit of “%s”"));
  emit_plan_changed (self);
}

/**
 * ladder_profile_insert_plan_item:
 * @item: (transfer full): the item
 */
void
ladder_profile_insert_plan_item (LadderProfile  *self,
                                 guint           index,
                                 LadderPlanItem *item)
{
  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (item != NULL && item->id != NULL);

  g_ptr_array_insert (self->plan, MIN (index, self->plan->len), item);
  {
    guint removed;

    if (g_ptr_array_find_with_equal_func (self->plan_removed, item->id, g_str_equal, &removed))
      g_ptr_array_remove_index (self->plan_removed, removed);
  }
  /* Translators: %s is a plan item */
  describe_item (self, "add-item", item->id, item->title, _("addition of “%s” to the plan"));
  emit_plan_changed (self);
}

/**
 * ladder_profile_remove_plan_item:
 *
 * Returns: (transfer full) (nullable): the removed item, to give back for undo
 */
LadderPlanItem *
ladder_profile_remove_plan_item (LadderProfile *self,
                                 const char    *id,
                                 guint         *index)
{
  LadderPlanItem *item;

  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);

  item = steal_by_key (self->plan, G_STRUCT_OFFSET (LadderPlanItem, id), id, index);
  if (item != NULL)
    {
      /* A generated item the person removed stays removed when the plan is made again. */
      if (!g_str_has_prefix (item->id, "own-") &&
          !g_ptr_array_find_with_equal_func (self->plan_removed, item->id, g_str_equal, NULL))
        {
          /* Within what the reader accepts: the oldest removal is forgotten first. */
          if (self->plan_removed->len >= LADDER_MAX_PLAN_ITEMS)
            g_ptr_array_remove_index (self->plan_removed, 0);
          g_ptr_array_add (self->plan_removed, g_strdup (item->id));
        }
      /* Translators: %s is a plan item */
      describe_item (self, "remove-item", id, item->title, _("removal of “%s” from the plan"));
      emit_plan_changed (self);
    }
  return item;
}

/* Moves an item up (-1) or down (+1) among the items of its own year. */
gboolean
ladder_profile_move_plan_item (LadderProfile *self,
                               const char    *id,
                               int            delta)
{
  guint position;
  const LadderPlanItem *item;

  g_return_val_if_fail (LADDER_IS_PROFILE (self), FALSE);
  g_return_val_if_fail (delta == -1 || delta == 1, FALSE);

  item = ladder_profile_lookup_plan_item (self, id, &position);
  if (item == NULL)
    return FALSE;
  for (int i = (int) position + delta; i >= 0 && i < (int) self->plan->len; i += delta)
    {
      LadderPlanItem *other = g_ptr_array_index (self->plan, i);

      if (other->year != item->year)
        return FALSE;
      /* Swap with the nearest item of the same year. Passing an item of another quarter puts
       * this one in that quarter, so that its label says where it now is. */
      self->plan->pdata[i] = (gpointer) item;
      self->plan->pdata[position] = other;
      if (item->quarter != other->quarter && g_strcmp0 (other->kind, "action") == 0)
        ((LadderPlanItem *) item)->quarter = other->quarter;
      /* Translators: %s is a plan item */
      describe_item (self, "move", id, item->title, _("move of “%s”"));
      emit_plan_changed (self);
      return TRUE;
    }
  return FALSE;
}

/**
 * ladder_profile_place_plan_item:
 * @id: the item to move
 * @year: the year it goes to
 * @before_id: (nullable): the item it goes before, of @year; %NULL for the end of @year
 *
 * Moves an item where the person dropped it. An action takes the quarter of the action it now
 * follows (or, first in its year, of the action it now precedes), so that its label says where
 * it is; goals and checkpoints keep theirs.
 *
 * Returns: whether anything changed
 */
gboolean
ladder_profile_place_plan_item (LadderProfile *self,
                                const char    *id,
                                guint          year,
                                const char    *before_id)
{
  LadderPlanItem *item, *previous = NULL, *next = NULL;
  guint position, at = 0, old_quarter, old_year;

  g_return_val_if_fail (LADDER_IS_PROFILE (self), FALSE);
  g_return_val_if_fail (year >= 1 && year <= 10, FALSE);

  item = (LadderPlanItem *) ladder_profile_lookup_plan_item (self, id, &position);
  if (item == NULL || g_strcmp0 (id, before_id) == 0)
    return FALSE;
  if (before_id != NULL)
    {
      const LadderPlanItem *before = ladder_profile_lookup_plan_item (self, before_id, NULL);

      if (before == NULL || before->year != year)
        return FALSE;
    }

  old_year = item->year;
  old_quarter = item->quarter;
  g_ptr_array_steal_index (self->plan, position);
  /* Where it goes: before @before_id, or after the last item of @year or of an earlier year. */
  for (guint i = 0; i < self->plan->len; i++)
    {
      const LadderPlanItem *other = g_ptr_array_index (self->plan, i);

      if (before_id != NULL ? g_str_equal (other->id, before_id) : other->year > year)
        break;
      at = i + 1;
    }
  g_ptr_array_insert (self->plan, at, item);
  item->year = year;

  if (g_strcmp0 (item->kind, "action") == 0)
    {
      for (guint i = at; i-- > 0;)
        {
          LadderPlanItem *other = g_ptr_array_index (self->plan, i);

          if (other->year != year)
            break;
          if (g_strcmp0 (other->kind, "action") == 0)
            {
              previous = other;
              break;
            }
        }
      for (guint i = at + 1; previous == NULL && i < self->plan->len; i++)
        {
          LadderPlanItem *other = g_ptr_array_index (self->plan, i);

          if (other->year != year)
            break;
          if (g_strcmp0 (other->kind, "action") == 0)
            next = other;
          if (next != NULL)
            break;
        }
      if (previous != NULL)
        item->quarter = previous->quarter;
      else if (next != NULL)
        item->quarter = next->quarter;
    }

  if (at == position && item->year == old_year && item->quarter == old_quarter)
    return FALSE;
  /* Translators: %s is a plan item */
  describe_item (self, "move", id, item->title, _("move of “%s”"));
  emit_plan_changed (self);
  return TRUE;
}

LadderPlanItem *
ladder_plan_item_new (const char *id,
                      const char *kind,
                      guint       year,
                      guint       quarter,
                      const char *skill,
                      const char *title,
                      const char *outcome)
{
  LadderPlanItem *item = g_new0 (LadderPlanItem, 1);

  item->id = g_strdup (id);
  item->kind = g_strdup (kind != NULL ? kind : "action");
  item->year = year;
  item->quarter = quarter;
  item->skill = g_strdup (skill);
  item->title = g_strdup (title);
  item->outcome = g_strdup (outcome);
  return item;
}

LadderPlanItem *
ladder_plan_item_copy (const LadderPlanItem *item)
{
  LadderPlanItem *copy;

  g_return_val_if_fail (item != NULL, NULL);

  copy = ladder_plan_item_new (item->id, item->kind, item->year, item->quarter, item->skill,
                               item->title, item->outcome);
  copy->status = item->status;
  copy->edited = item->edited;
  copy->language = g_strdup (item->language);
  if (item->extra != NULL)
    copy->extra = json_object_ref (item->extra);
  return copy;
}

void
ladder_plan_item_free (LadderPlanItem *item)
{
  if (item != NULL)
    plan_item_free (item);
}

/* Whether the person removed a generated item with this id; the planner leaves it out. */
gboolean
ladder_profile_plan_item_was_removed (LadderProfile *self,
                                      const char    *id)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), FALSE);
  return g_ptr_array_find_with_equal_func (self->plan_removed, id, g_str_equal, NULL);
}

/* An id no item of this profile has, for an item the person adds. */
char *
ladder_profile_new_plan_item_id (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);

  for (guint n = self->plan->len + 1;; n++)
    {
      g_autofree char *id = g_strdup_printf ("own-%u", n);

      if (ladder_profile_lookup_plan_item (self, id, NULL) == NULL)
        return g_steal_pointer (&id);
    }
}

static void
emit_interview_changed (LadderProfile *self)
{
  emit_part (self, INTERVIEW_CHANGED);
  emit_changed (self, PROP_0);
}

const LadderAnswer *
ladder_profile_lookup_answer (LadderProfile *self,
                              const char    *question)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);

  for (guint i = 0; i < self->answers->len; i++)
    {
      const LadderAnswer *answer = g_ptr_array_index (self->answers, i);

      if (g_strcmp0 (answer->question, question) == 0)
        return answer;
    }
  return NULL;
}

/* Sets an answer, adding the question when the profile does not have it yet. */
static void
set_answer (LadderProfile *self,
            const char    *question,
            const char    *text,
            gboolean       edited,
            const char    *plan_generated,
            const char    *drafted_as)
{
  LadderAnswer *answer;
  gboolean changed;

  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (ladder_is_valid_question (question));
  g_return_if_fail (text != NULL);

  answer = (LadderAnswer *) ladder_profile_lookup_answer (self, question);
  if (answer == NULL)
    {
      answer = g_new0 (LadderAnswer, 1);
      answer->question = g_strdup (question);
      g_ptr_array_add (self->answers, answer);
      changed = TRUE;
    }
  else
    changed = FALSE;
  changed |= set_string (&answer->answer, text);
  changed |= set_string (&answer->plan_generated, plan_generated);
  changed |= set_string (&answer->drafted_as, edited ? NULL : drafted_as);
  if (answer->edited != edited)
    {
      answer->edited = edited;
      changed = TRUE;
    }
  if (changed)
    {
      /* A draft Ladder made (drafted_as says how) follows from the profile or from another
       * change: "draft:" says so to the undo history. The person's own Redraft is a change. */
      g_autofree char *key = g_strconcat (edited || drafted_as == NULL ? "answer:" : "draft:",
                                          question, NULL);

      describe (self, key, g_strdup (_("change of an answer")));
      emit_interview_changed (self);
    }
}

void
ladder_profile_set_answer (LadderProfile *self,
                           const char    *question,
                           const char    *text,
                           gboolean       edited,
                           const char    *plan_generated)
{
  set_answer (self, question, text, edited, plan_generated, NULL);
}

/**
 * ladder_profile_set_draft:
 * @drafted_as: what drafted it (see ladder_interview_drafted_as())
 *
 * Sets an answer Ladder drafted, which the person has not edited.
 */
void
ladder_profile_set_draft (LadderProfile *self,
                          const char    *question,
                          const char    *draft,
                          const char    *plan_generated,
                          const char    *drafted_as)
{
  set_answer (self, question, draft, FALSE, plan_generated, drafted_as);
}

/**
 * ladder_profile_add_question:
 *
 * Returns: (transfer full): the id of the person's own question
 */
char *
ladder_profile_add_question (LadderProfile *self,
                             const char    *text)
{
  LadderAnswer *answer;

  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  answer = g_new0 (LadderAnswer, 1);
  for (guint n = self->answers->len + 1; answer->question == NULL; n++)
    {
      g_autofree char *id = g_strdup_printf ("custom:%u", n);

      if (ladder_profile_lookup_answer (self, id) == NULL)
        answer->question = g_steal_pointer (&id);
    }
  answer->text = g_strdup (text);
  answer->answer = g_strdup ("");
  answer->edited = TRUE;
  g_ptr_array_add (self->answers, answer);
  /* Translators: %s is an interview question */
  describe_item (self, "add-question", answer->question, text, _("addition of “%s”"));
  emit_interview_changed (self);
  return g_strdup (answer->question);
}

/**
 * ladder_profile_remove_answer:
 *
 * Returns: (transfer full) (nullable): the removed question and answer, for undo
 */
LadderAnswer *
ladder_profile_remove_answer (LadderProfile *self,
                              const char    *question,
                              guint         *index)
{
  LadderAnswer *answer;

  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);

  answer = steal_by_key (self->answers, G_STRUCT_OFFSET (LadderAnswer, question), question,
                         index);
  if (answer != NULL)
    {
      /* Translators: %s is an interview question */
      describe_item (self, "remove-question", question, answer->text != NULL ? answer->text : "",
                     _("removal of “%s”"));
      emit_interview_changed (self);
    }
  return answer;
}

/**
 * ladder_profile_insert_answer:
 * @answer: (transfer full): what ladder_profile_remove_answer() gave
 */
void
ladder_profile_insert_answer (LadderProfile *self,
                              guint          index,
                              LadderAnswer  *answer)
{
  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (answer != NULL);

  g_ptr_array_insert (self->answers, MIN (index, self->answers->len), answer);
  describe_item (self, "add-question", answer->question, answer->text, _("addition of “%s”"));
  emit_interview_changed (self);
}

void
ladder_answer_free (LadderAnswer *answer)
{
  if (answer != NULL)
    answer_free (answer);
}

/* A name no longer than the format allows. (g_utf8_substring() must not be asked for more
 * characters than the text has.) */
static char *
clip_name (const char *name)
{
  if (g_utf8_strlen (name, -1) <= LADDER_MAX_NAME_CHARS)
    return g_strdup (name);
  return g_utf8_substring (name, 0, LADDER_MAX_NAME_CHARS);
}

static void
emit_skills_changed (LadderProfile *self)
{
  emit_part (self, SKILLS_CHANGED);
  emit_changed (self, PROP_0);
}

void
ladder_profile_set_skill_target (LadderProfile *self,
                                 const char    *id,
                                 int            target,
                                 gboolean       manual)
{
  LadderProfileSkill *skill;

  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (target >= 0 && target <= LADDER_LEVEL_MAX);

  skill = (LadderProfileSkill *) ladder_profile_lookup_skill (self, id);
  g_return_if_fail (skill != NULL);
  if (skill->target == target && skill->target_manual == manual)
    return;
  skill->target = target;
  skill->target_manual = manual;
  /* Translators: %s is a skill */
  describe_skill (self, "target", id, _("change of “%s” target"));
  emit_skills_changed (self);
}

void
ladder_profile_set_skill_hidden (LadderProfile *self,
                                 const char    *id,
                                 gboolean       hidden)
{
  LadderProfileSkill *skill;

  g_return_if_fail (LADDER_IS_PROFILE (self));

  skill = (LadderProfileSkill *) ladder_profile_lookup_skill (self, id);
  g_return_if_fail (skill != NULL);
  if (skill->hidden == hidden)
    return;
  skill->hidden = hidden;
  /* Translators: %s is a skill */
  describe_skill (self, "hidden", id, hidden ? _("hiding of “%s”") : _("showing of “%s”"));
  emit_skills_changed (self);
}

/**
 * ladder_profile_add_skill:
 *
 * Returns: (transfer full): the id of the person's new skill, "custom:…"
 */
char *
ladder_profile_add_skill (LadderProfile *self,
                          const char    *name,
                          const char    *group)
{
  LadderProfileSkill *skill;

  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);
  g_return_val_if_fail (name != NULL && *name != '\0', NULL);
  g_return_val_if_fail (ladder_framework_lookup_group (ladder_profile_get_framework (self), group),
                        NULL);

  skill = g_new0 (LadderProfileSkill, 1);
  for (guint n = self->skills->len + 1; skill->id == NULL; n++)
    {
      g_autofree char *id = g_strdup_printf ("custom:%u", n);

      if (ladder_profile_lookup_skill (self, id) == NULL)
        skill->id = g_steal_pointer (&id);
    }
  skill->name = clip_name (name);
  skill->group = g_strdup (group);
  skill->note = g_strdup ("");
  g_ptr_array_add (self->skills, skill);
  ladder_profile_skills_changed_shape (self);
  /* Translators: %s is a skill */
  describe_skill (self, "add-skill", skill->id, _("addition of “%s”"));
  emit_skills_changed (self);
  return g_strdup (skill->id);
}

void
ladder_profile_rename_skill (LadderProfile *self,
                             const char    *id,
                             const char    *name)
{
  LadderProfileSkill *skill;
  g_autofree char *clipped = NULL;

  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (name != NULL && *name != '\0');

  skill = (LadderProfileSkill *) ladder_profile_lookup_skill (self, id);
  g_return_if_fail (skill != NULL && skill->name != NULL);
  clipped = clip_name (name);
  if (set_string (&skill->name, clipped))
    {
      /* Translators: %s is a skill's new name */
      describe_skill (self, "rename", id, _("renaming of “%s”"));
      emit_skills_changed (self);
    }
}

/**
 * ladder_profile_remove_skill:
 *
 * Removes one of the person's own skills; built-in skills are hidden instead.
 *
 * Returns: (transfer full) (nullable): the removed skill, to give back for undo
 */
LadderProfileSkill *
ladder_profile_remove_skill (LadderProfile *self,
                             const char    *id,
                             guint         *index)
{
  LadderProfileSkill *skill;

  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);
  g_return_val_if_fail (g_str_has_prefix (id, "custom:"), NULL);

  skill = steal_by_key (self->skills, G_STRUCT_OFFSET (LadderProfileSkill, id), id, index);
  if (skill != NULL)
    {
      g_autofree char *title = short_title (skill->name);

      /* Plan items and evidence that named it no longer do: a file naming a skill it does not
       * have could not be read back. Undo brings the names back with the skill. */
      for (guint i = 0; i < self->plan->len; i++)
        {
          LadderPlanItem *item = g_ptr_array_index (self->plan, i);

          if (g_strcmp0 (item->skill, id) == 0)
            g_clear_pointer (&item->skill, g_free);
        }
      for (guint i = 0; i < self->evidence->len; i++)
        {
          LadderEvidence *evidence = g_ptr_array_index (self->evidence, i);

          if (g_strcmp0 (evidence->skill, id) == 0)
            g_clear_pointer (&evidence->skill, g_free);
        }
      ladder_profile_skills_changed_shape (self);
      /* Translators: %s is a skill */
      describe (self, NULL, g_strdup_printf (_("removal of “%s”"), title));
      emit_skills_changed (self);
    }
  return skill;
}

/**
 * ladder_profile_insert_skill:
 * @skill: (transfer full): what ladder_profile_remove_skill() gave
 */
void
ladder_profile_insert_skill (LadderProfile      *self,
                             guint               index,
                             LadderProfileSkill *skill)
{
  g_return_if_fail (LADDER_IS_PROFILE (self));
  g_return_if_fail (skill != NULL && ladder_profile_lookup_skill (self, skill->id) == NULL);

  g_ptr_array_insert (self->skills, MIN (index, self->skills->len), skill);
  ladder_profile_skills_changed_shape (self);
  describe_skill (self, "add-skill", skill->id, _("addition of “%s”"));
  emit_skills_changed (self);
}

void
ladder_profile_skill_free (LadderProfileSkill *skill)
{
  if (skill != NULL)
    profile_skill_free (skill);
}
