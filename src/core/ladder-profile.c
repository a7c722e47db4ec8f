/* SPDX-License-Identifier: GPL-3.0-or-later
 * The profile model and its JSON form (profile-format.md), with strict, explainable reading. */
#define G_LOG_DOMAIN "ladder-profile"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "ladder-profile.h"

struct _LadderProfile
{
  GObject parent_instance;

  char *name;
  char *created;
  char *modified;
  char *framework;
  char *industry;
  char *company_size;
  char *background;
  guint years_experience;
  guint reports;
  char *track;
  char *rung;
  char *target_track;
  char *target_rung;
  guint horizon_years;
  char *plan_generated;

  gint64 format_version;
  gboolean read_only;

  GPtrArray *skills;   /* LadderProfileSkill */
  GHashTable *skill_index; /* id → LadderProfileSkill, rebuilt when NULL */
  GPtrArray *plan;     /* LadderPlanItem */
  GPtrArray *answers;  /* LadderAnswer */
  GPtrArray *evidence; /* LadderEvidence */
  JsonArray *history;

  JsonObject *extra;
  JsonObject *context_extra;
  JsonObject *position_extra;
  JsonObject *target_extra;
  JsonObject *plan_extra;
};

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
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  CHANGED,
  SKILLS_CHANGED,
  PLAN_CHANGED,
  INTERVIEW_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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
  g_clear_pointer (&evidence->extra, json_object_unref);
  g_free (evidence);
}

static char *
now_iso8601 (void)
{
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

static void
ladder_profile_finalize (GObject *object)
{
  LadderProfile *self = LADDER_PROFILE (object);

  g_free (self->name);
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
  g_clear_pointer (&self->skills, g_ptr_array_unref);
  g_clear_pointer (&self->skill_index, g_hash_table_unref);
  g_clear_pointer (&self->plan, g_ptr_array_unref);
  g_clear_pointer (&self->answers, g_ptr_array_unref);
  g_clear_pointer (&self->evidence, g_ptr_array_unref);
  g_clear_pointer (&self->history, json_array_unref);
  g_clear_pointer (&self->extra, json_object_unref);
  g_clear_pointer (&self->context_extra, json_object_unref);
  g_clear_pointer (&self->position_extra, json_object_unref);
  g_clear_pointer (&self->target_extra, json_object_unref);
  g_clear_pointer (&self->plan_extra, json_object_unref);

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
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
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
  properties[PROP_READ_ONLY] = g_param_spec_boolean ("read-only", NULL, NULL, FALSE, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted after any change that should be saved. */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
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
  self->answers = g_ptr_array_new_with_free_func (answer_free);
  self->evidence = g_ptr_array_new_with_free_func (evidence_free);
  self->history = json_array_new ();
  self->extra = json_object_new ();
  self->context_extra = json_object_new ();
  self->position_extra = json_object_new ();
  self->target_extra = json_object_new ();
  self->plan_extra = json_object_new ();
}

static void skills_changed_shape (LadderProfile *self);

/* Every built-in skill is in every profile, so views never meet a missing row. */
static void
add_missing_builtin_skills (LadderProfile *self)
{
  LadderFramework *framework = ladder_framework_get_builtin ();
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
      skills_changed_shape (self);
    }
}

LadderProfile *
ladder_profile_new (const char *name)
{
  LadderProfile *self = g_object_new (LADDER_TYPE_PROFILE, NULL);

  self->name = g_strdup (name != NULL ? name : "");
  self->created = now_iso8601 ();
  self->modified = g_strdup (self->created);
  add_missing_builtin_skills (self);
  return self;
}

/* ---- Reading ---------------------------------------------------------------------------- */

static gboolean
fail (GError           **error,
      LadderProfileError code,
      const char        *format,
      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (GError           **error,
      LadderProfileError code,
      const char        *format,
      ...)
{
  va_list args;

  va_start (args, format);
  g_set_error_literal (error, LADDER_PROFILE_ERROR, code, "");
  if (error != NULL && *error != NULL)
    {
      g_free ((*error)->message);
      (*error)->message = g_strdup_vprintf (format, args);
    }
  va_end (args);
  return FALSE;
}

/* Returns NULL when every member is known, which is nearly always. */
static JsonObject *
collect_extra (JsonObject        *object,
               const char * const *known)
{
  JsonObject *extra = NULL;
  JsonObjectIter iter;
  const char *member;
  JsonNode *node;

  /* In the file's order, so that a file written again keeps its members where they were. */
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &member, &node))
    if (!g_strv_contains (known, member))
      {
        if (extra == NULL)
          extra = json_object_new ();
        json_object_set_member (extra, member, json_node_copy (node));
      }
  return extra;
}

static gboolean
read_object (JsonObject  *parent,
             const char  *member,
             const char  *path,
             gboolean     required,
             JsonObject **out,
             GError     **error)
{
  JsonNode *node = json_object_get_member (parent, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        return fail (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s” is missing"), path);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s” must be an object"), path);
  *out = json_node_get_object (node);
  return TRUE;
}

static gboolean
read_array (JsonObject  *parent,
            const char  *member,
            const char  *path,
            guint        max_length,
            JsonArray  **out,
            GError     **error)
{
  JsonNode *node = json_object_get_member (parent, member);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s” must be a list"), path);
  *out = json_node_get_array (node);
  if (json_array_get_length (*out) > max_length)
    return fail (error, LADDER_PROFILE_ERROR_TOO_LARGE,
                 g_dngettext (GETTEXT_PACKAGE, "“%s” has more than %u entry",
                              "“%s” has more than %u entries", max_length),
                 path, max_length);
  return TRUE;
}

static gboolean
read_string (JsonObject  *object,
             const char  *member,
             const char  *path,
             gboolean     required,
             glong        max_chars,
             char       **out,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *value;

  g_assert (*out == NULL);
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        return fail (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s” is missing"), path);
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s” must be text"), path);
  value = json_node_get_string (node);
  if (!g_utf8_validate (value, -1, NULL))
    return fail (error, LADDER_PROFILE_ERROR_NOT_JSON, _("“%s” is not valid UTF-8 text"), path);
  if (g_utf8_strlen (value, -1) > max_chars)
    return fail (error, LADDER_PROFILE_ERROR_TOO_LARGE,
                 g_dngettext (GETTEXT_PACKAGE, "“%s” is longer than %ld character",
                              "“%s” is longer than %ld characters", max_chars),
                 path, max_chars);
  *out = g_strdup (value);
  return TRUE;
}

static gboolean
read_id (JsonObject         *object,
         const char         *member,
         const char         *path,
         const char * const *allowed,
         char              **out,
         GError            **error)
{
  if (!read_string (object, member, path, TRUE, LADDER_MAX_NAME_CHARS, out, error))
    return FALSE;
  if (allowed != NULL && !g_strv_contains (allowed, *out))
    {
      g_autofree char *list = g_strjoinv (", ", (char **) allowed);

      fail (error, LADDER_PROFILE_ERROR_UNKNOWN_ID,
            _("“%s” is “%s”, which is not one of: %s"), path, *out, list);
      g_clear_pointer (out, g_free);
      return FALSE;
    }
  return TRUE;
}

static gboolean
fail_range (GError    **error,
            const char *path,
            char       *value,
            gint64      min,
            gint64      max)
{
  g_autofree char *owned = value;
  g_autofree char *low = g_strdup_printf ("%" G_GINT64_FORMAT, min);
  g_autofree char *high = g_strdup_printf ("%" G_GINT64_FORMAT, max);

  return fail (error, LADDER_PROFILE_ERROR_OUT_OF_RANGE,
               /* Translators: "“skills[3].current” is 7, but it must be from 0 to 5" */
               _("“%s” is %s, but it must be from %s to %s"), path, owned, low, high);
}

static gboolean
read_int (JsonObject *object,
          const char *member,
          const char *path,
          gboolean    required,
          gint64      min,
          gint64      max,
          gint64     *out,
          GError    **error)
{
  JsonNode *node = json_object_get_member (object, member);
  GType type;
  gint64 value;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        return fail (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s” is missing"), path);
      return TRUE;
    }
  type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
  if (type == G_TYPE_INT64)
    value = json_node_get_int (node);
  else if (type == G_TYPE_DOUBLE)
    {
      double d = json_node_get_double (node);

      if (d < (double) min || d > (double) max)
        return fail_range (error, path, g_strdup_printf ("%g", d), min, max);
      if (d != (double) (gint64) d)
        return fail (error, LADDER_PROFILE_ERROR_WRONG_TYPE,
                     _("“%s” is %g, but it must be a whole number"), path, d);
      value = (gint64) d;
    }
  else
    return fail (error, LADDER_PROFILE_ERROR_WRONG_TYPE,
                 _("“%s” must be a whole number"), path);

  if (value < min || value > max)
    return fail_range (error, path, g_strdup_printf ("%" G_GINT64_FORMAT, value), min, max);
  *out = value;
  return TRUE;
}

static gboolean
read_bool (JsonObject *object,
           const char *member,
           const char *path,
           gboolean   *out,
           GError    **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fail (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s” must be true or false"), path);
  *out = json_node_get_boolean (node);
  return TRUE;
}

static gboolean
read_context (LadderProfile *self,
              JsonObject    *root,
              GError       **error)
{
  static const char * const known[] = { "industry", "company_size", "years_experience",
                                        "background", "reports", NULL };
  JsonObject *context;
  gint64 number;

  if (!read_object (root, "context", "context", FALSE, &context, error))
    return FALSE;
  if (context == NULL)
    return TRUE;

  g_clear_pointer (&self->industry, g_free);
  g_clear_pointer (&self->company_size, g_free);
  g_clear_pointer (&self->background, g_free);
  if (!read_id (context, "industry", "context.industry", industries, &self->industry, error) ||
      !read_id (context, "company_size", "context.company_size", company_sizes,
                &self->company_size, error) ||
      !read_id (context, "background", "context.background", backgrounds, &self->background,
                error))
    return FALSE;

  number = 0;
  if (!read_int (context, "years_experience", "context.years_experience", FALSE, 0,
                 LADDER_MAX_YEARS, &number, error))
    return FALSE;
  self->years_experience = number;
  number = 0;
  if (!read_int (context, "reports", "context.reports", FALSE, 0, LADDER_MAX_REPORTS, &number,
                 error))
    return FALSE;
  self->reports = number;

  g_clear_pointer (&self->context_extra, json_object_unref);
  self->context_extra = collect_extra (context, known);
  return TRUE;
}

static gboolean
read_rung (JsonObject  *root,
           const char  *member,
           char       **track,
           char       **rung,
           guint       *horizon,
           JsonObject **extra,
           GError     **error)
{
  static const char * const known[] = { "track", "rung", "horizon_years", NULL };
  static const char * const tracks[] = { "expert", "management", NULL };
  LadderFramework *framework = ladder_framework_get_builtin ();
  g_autofree char *track_path = g_strdup_printf ("%s.track", member);
  g_autofree char *rung_path = g_strdup_printf ("%s.rung", member);
  g_autofree char *new_track = NULL;
  g_autofree char *new_rung = NULL;
  JsonObject *object;

  if (!read_object (root, member, member, TRUE, &object, error) ||
      !read_id (object, "track", track_path, tracks, &new_track, error) ||
      !read_id (object, "rung", rung_path, NULL, &new_rung, error))
    return FALSE;

  if (ladder_framework_lookup_rung (framework, new_track, new_rung) == NULL)
    return fail (error, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                 _("“%s” is “%s”, which is not a rung of the “%s” track"), rung_path, new_rung,
                 new_track);

  if (horizon != NULL)
    {
      g_autofree char *path = g_strdup_printf ("%s.horizon_years", member);
      gint64 years = 3;

      if (!read_int (object, "horizon_years", path, FALSE, 1, 10, &years, error))
        return FALSE;
      *horizon = years;
    }

  g_free (*track);
  *track = g_steal_pointer (&new_track);
  g_free (*rung);
  *rung = g_steal_pointer (&new_rung);
  g_clear_pointer (extra, json_object_unref);
  *extra = collect_extra (object, known);
  return TRUE;
}

static gboolean
read_skills (LadderProfile *self,
             JsonObject    *root,
             GError       **error)
{
  static const char * const known[] = { "id", "name", "group", "current", "target", "note",
                                        "hidden", "target_manual", NULL };
  LadderFramework *framework = ladder_framework_get_builtin ();
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array;

  if (!read_array (root, "skills", "skills", LADDER_MAX_SKILLS, &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *path = g_strdup_printf ("skills[%u]", i);
      g_autofree char *id_path = g_strdup_printf ("skills[%u].id", i);
      g_autofree char *cur_path = g_strdup_printf ("skills[%u].current", i);
      g_autofree char *tgt_path = g_strdup_printf ("skills[%u].target", i);
      g_autofree char *note_path = g_strdup_printf ("skills[%u].note", i);
      g_autofree char *hidden_path = g_strdup_printf ("skills[%u].hidden", i);
      g_autofree char *manual_path = g_strdup_printf ("skills[%u].target_manual", i);
      LadderProfileSkill *skill;
      JsonObject *object;
      gint64 current = 0, target = 0;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s” must be an object"), path);
      object = json_node_get_object (node);

      skill = g_new0 (LadderProfileSkill, 1);
      g_ptr_array_add (self->skills, skill);
      skills_changed_shape (self);

      if (!read_string (object, "id", id_path, TRUE, LADDER_MAX_NAME_CHARS, &skill->id, error))
        return FALSE;
      if (g_hash_table_contains (seen, skill->id))
        return fail (error, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                     _("The skill “%s” is listed twice"), skill->id);
      g_hash_table_add (seen, skill->id);

      if (g_str_has_prefix (skill->id, "custom:"))
        {
          g_autofree char *name_path = g_strdup_printf ("skills[%u].name", i);
          g_autofree char *group_path = g_strdup_printf ("skills[%u].group", i);

          if (!read_string (object, "name", name_path, TRUE, LADDER_MAX_NAME_CHARS, &skill->name,
                            error) ||
              !read_string (object, "group", group_path, TRUE, LADDER_MAX_NAME_CHARS,
                            &skill->group, error))
            return FALSE;
          if (ladder_framework_lookup_group (framework, skill->group) == NULL)
            return fail (error, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                         _("“%s” is “%s”, which is not a known skill group"), group_path,
                         skill->group);
        }
      else if (ladder_framework_lookup_skill (framework, skill->id) == NULL)
        return fail (error, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                     _("“%s” is “%s”, which is not a known skill (own skills start with "
                       "“custom:”)"),
                     id_path, skill->id);

      if (!read_int (object, "current", cur_path, FALSE, 0, LADDER_LEVEL_MAX, &current, error) ||
          !read_int (object, "target", tgt_path, FALSE, 0, LADDER_LEVEL_MAX, &target, error) ||
          !read_string (object, "note", note_path, FALSE, LADDER_MAX_TEXT_CHARS, &skill->note,
                        error) ||
          !read_bool (object, "hidden", hidden_path, &skill->hidden, error) ||
          !read_bool (object, "target_manual", manual_path, &skill->target_manual, error))
        return FALSE;
      skill->current = current;
      skill->target = target;
      if (skill->note == NULL)
        skill->note = g_strdup ("");
      skill->extra = collect_extra (object, known);
    }

  add_missing_builtin_skills (self);
  return TRUE;
}

static gboolean
check_skill_reference (LadderProfile *self,
                       JsonObject    *object,
                       const char    *path,
                       char         **out,
                       GError       **error)
{
  if (!read_string (object, "skill", path, FALSE, LADDER_MAX_NAME_CHARS, out, error))
    return FALSE;
  if (*out != NULL && **out != '\0' && ladder_profile_lookup_skill (self, *out) == NULL)
    return fail (error, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                 _("“%s” is “%s”, which is not a skill of this profile"), path, *out);
  return TRUE;
}

static gboolean
read_plan (LadderProfile *self,
           JsonObject    *root,
           GError       **error)
{
  static const char * const known_plan[] = { "generated", "items", NULL };
  static const char * const known[] = { "id", "kind", "year", "quarter", "skill", "title",
                                        "outcome", "status", "edited", NULL };
  static const char * const kinds[] = { "action", "goal", "checkpoint", NULL };
  JsonObject *plan;
  JsonArray *items;

  if (!read_object (root, "plan", "plan", FALSE, &plan, error))
    return FALSE;
  if (plan == NULL)
    return TRUE;
  if (!read_string (plan, "generated", "plan.generated", FALSE, 64, &self->plan_generated,
                    error) ||
      !read_array (plan, "items", "plan.items", LADDER_MAX_PLAN_ITEMS, &items, error))
    return FALSE;
  g_clear_pointer (&self->plan_extra, json_object_unref);
  self->plan_extra = collect_extra (plan, known_plan);

  for (guint i = 0; items != NULL && i < json_array_get_length (items); i++)
    {
      JsonNode *node = json_array_get_element (items, i);
      g_autofree char *path = g_strdup_printf ("plan.items[%u]", i);
      char p_id[96];
      char p_year[96];
      char p_quarter[96];
      char p_skill[96];
      char p_title[96];
      char p_outcome[96];
      char p_status[96];
      char p_edited[96];
      char p_kind[96];
      g_autofree char *status = NULL;
      LadderPlanItem *item;
      JsonObject *object;
      gint64 year = 1, quarter = 0;

      g_snprintf (p_id, sizeof p_id, "%s.id", path);
      g_snprintf (p_year, sizeof p_year, "%s.year", path);
      g_snprintf (p_quarter, sizeof p_quarter, "%s.quarter", path);
      g_snprintf (p_skill, sizeof p_skill, "%s.skill", path);
      g_snprintf (p_title, sizeof p_title, "%s.title", path);
      g_snprintf (p_outcome, sizeof p_outcome, "%s.outcome", path);
      g_snprintf (p_status, sizeof p_status, "%s.status", path);
      g_snprintf (p_edited, sizeof p_edited, "%s.edited", path);
      g_snprintf (p_kind, sizeof p_kind, "%s.kind", path);
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s” must be an object"), path);
      object = json_node_get_object (node);
      item = g_new0 (LadderPlanItem, 1);
      g_ptr_array_add (self->plan, item);

      if (!read_string (object, "id", p_id, TRUE, LADDER_MAX_NAME_CHARS, &item->id, error) ||
          !read_int (object, "year", p_year, TRUE, 1, 10, &year, error) ||
          !read_int (object, "quarter", p_quarter, FALSE, 0, 4, &quarter, error) ||
          !check_skill_reference (self, object, p_skill, &item->skill, error) ||
          !read_string (object, "title", p_title, TRUE, LADDER_MAX_TEXT_CHARS, &item->title,
                        error) ||
          !read_string (object, "outcome", p_outcome, FALSE, LADDER_MAX_TEXT_CHARS,
                        &item->outcome, error) ||
          !read_bool (object, "edited", p_edited, &item->edited, error))
        return FALSE;
      if (json_object_has_member (object, "kind") &&
          !read_id (object, "kind", p_kind, kinds, &item->kind, error))
        return FALSE;
      if (item->kind == NULL)
        item->kind = g_strdup ("action");
      if (json_object_has_member (object, "status"))
        {
          if (!read_id (object, "status", p_status, statuses, &status, error))
            return FALSE;
          for (guint s = 0; statuses[s] != NULL; s++)
            if (g_strcmp0 (statuses[s], status) == 0)
              item->status = (LadderStatus) s;
        }
      item->year = year;
      item->quarter = quarter;
      item->extra = collect_extra (object, known);
    }
  return TRUE;
}

static gboolean
read_answers (LadderProfile *self,
              JsonObject    *root,
              GError       **error)
{
  static const char * const known[] = { "question", "text", "answer", "edited",
                                        "plan_generated", NULL };
  JsonArray *array;

  if (!read_array (root, "interview", "interview", LADDER_MAX_ANSWERS, &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *path = g_strdup_printf ("interview[%u]", i);
      char p_question[96];
      char p_answer[96];
      char p_edited[96];
      char p_text[96];
      char p_plan[96];
      LadderAnswer *answer;
      JsonObject *object;

      g_snprintf (p_question, sizeof p_question, "%s.question", path);
      g_snprintf (p_answer, sizeof p_answer, "%s.answer", path);
      g_snprintf (p_edited, sizeof p_edited, "%s.edited", path);
      g_snprintf (p_text, sizeof p_text, "%s.text", path);
      g_snprintf (p_plan, sizeof p_plan, "%s.plan_generated", path);
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s” must be an object"), path);
      object = json_node_get_object (node);
      answer = g_new0 (LadderAnswer, 1);
      g_ptr_array_add (self->answers, answer);

      if (!read_string (object, "question", p_question, TRUE, LADDER_MAX_NAME_CHARS,
                        &answer->question, error) ||
          !read_string (object, "answer", p_answer, FALSE, LADDER_MAX_TEXT_CHARS,
                        &answer->answer, error) ||
          !read_bool (object, "edited", p_edited, &answer->edited, error) ||
          !read_string (object, "text", p_text, FALSE, LADDER_MAX_TEXT_CHARS, &answer->text,
                        error) ||
          !read_string (object, "plan_generated", p_plan, FALSE, 64, &answer->plan_generated,
                        error))
        return FALSE;
      if (!ladder_is_valid_question (answer->question))
        return fail (error, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                     _("“%s” is “%s”, which is not a known question"), p_question,
                     answer->question);
      if (answer->answer == NULL)
        answer->answer = g_strdup ("");
      answer->extra = collect_extra (object, known);
    }
  return TRUE;
}

static gboolean
read_evidence (LadderProfile *self,
               JsonObject    *root,
               GError       **error)
{
  static const char * const known[] = { "date", "skill", "text", NULL };
  JsonArray *array;

  if (!read_array (root, "evidence", "evidence", LADDER_MAX_EVIDENCE, &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *path = g_strdup_printf ("evidence[%u]", i);
      char p_date[96];
      char p_skill[96];
      char p_text[96];
      LadderEvidence *evidence;
      JsonObject *object;

      g_snprintf (p_date, sizeof p_date, "%s.date", path);
      g_snprintf (p_skill, sizeof p_skill, "%s.skill", path);
      g_snprintf (p_text, sizeof p_text, "%s.text", path);
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s” must be an object"), path);
      object = json_node_get_object (node);
      evidence = g_new0 (LadderEvidence, 1);
      g_ptr_array_add (self->evidence, evidence);

      if (!read_string (object, "date", p_date, FALSE, 64, &evidence->date, error) ||
          !check_skill_reference (self, object, p_skill, &evidence->skill, error) ||
          !read_string (object, "text", p_text, TRUE, LADDER_MAX_TEXT_CHARS, &evidence->text,
                        error))
        return FALSE;
      evidence->extra = collect_extra (object, known);
    }
  return TRUE;
}

static gboolean
read_history (LadderProfile *self,
              JsonObject    *root,
              GError       **error)
{
  JsonArray *array;

  if (!read_array (root, "history", "history", LADDER_MAX_HISTORY, &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *path = g_strdup_printf ("history[%u]", i);
      char p_date[96];
      char p_skills[96];
      g_autofree char *date = NULL;
      JsonObject *object, *levels;
      JsonObjectIter iter;
      const char *member;
      JsonNode *value;

      g_snprintf (p_date, sizeof p_date, "%s.date", path);
      g_snprintf (p_skills, sizeof p_skills, "%s.skills", path);
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s” must be an object"), path);
      object = json_node_get_object (node);
      if (!read_string (object, "date", p_date, FALSE, 64, &date, error) ||
          !read_object (object, "skills", p_skills, FALSE, &levels, error))
        return FALSE;
      if (levels == NULL)
        continue;
      if (json_object_get_size (levels) > LADDER_MAX_SKILLS)
        return fail (error, LADDER_PROFILE_ERROR_TOO_LARGE,
                     g_dngettext (GETTEXT_PACKAGE, "“%s” has more than %u entry",
                                  "“%s” has more than %u entries", LADDER_MAX_SKILLS),
                     p_skills, LADDER_MAX_SKILLS);
      json_object_iter_init (&iter, levels);
      while (json_object_iter_next (&iter, &member, &value))
        {
          g_autofree char *p_level = g_strdup_printf ("%s.%s", p_skills, member);
          gint64 level;

          if (!read_int (levels, member, p_level, TRUE, 0, LADDER_LEVEL_MAX, &level, error))
            return FALSE;
        }
    }

  if (array != NULL)
    {
      json_array_unref (self->history);
      self->history = json_array_ref (array);
    }
  return TRUE;
}

/* Finds the line and column of a byte offset, for messages a person can act on. */
static void
offset_to_position (const char *data,
                    gsize       offset,
                    guint      *line,
                    guint      *column)
{
  *line = 1;
  *column = 1;
  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          (*line)++;
          *column = 1;
        }
      else if (((guchar) data[i] & 0xC0) != 0x80)
        (*column)++;
    }
}

/* json-glib's parser recurses; refuse pathological nesting before it sees the text. */
static gboolean
check_nesting (const char *data,
               gsize       length,
               GError    **error)
{
  gboolean in_string = FALSE;
  int depth = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > LADDER_MAX_DEPTH)
            {
              guint line, column;

              offset_to_position (data, i, &line, &column);
              return fail (error, LADDER_PROFILE_ERROR_TOO_LARGE,
                           _("The file is nested more than %d levels deep (line %u, "
                             "column %u)"),
                           LADDER_MAX_DEPTH, line, column);
            }
        }
      else if (c == ']' || c == '}')
        depth--;
    }
  return TRUE;
}

/* JSON's \u escapes can spell a lone surrogate, which json-glib turns into bytes that are not
 * UTF-8. Every string and member name of the tree is checked, unknown members included, so that
 * nothing the app writes back can be refused when it is read again. */
static gboolean
check_strings (JsonNode   *node,
               const char *path,
               GError    **error)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *member;
        JsonNode *child;

        json_object_iter_init (&iter, json_node_get_object (node));
        while (json_object_iter_next (&iter, &member, &child))
          {
            g_autofree char *child_path = NULL;

            if (!g_utf8_validate (member, -1, NULL))
              return fail (error, LADDER_PROFILE_ERROR_NOT_JSON,
                           _("A member name in “%s” is not valid UTF-8 text"), path);
            child_path = *path != '\0' ? g_strdup_printf ("%s.%s", path, member)
                                        : g_strdup (member);
            if (!check_strings (child, child_path, error))
              return FALSE;
          }
        return TRUE;
      }
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          {
            JsonNode *child = json_array_get_element (array, i);
            GType type = JSON_NODE_HOLDS_VALUE (child) ? json_node_get_value_type (child)
                                                       : G_TYPE_INVALID;

            /* Only build a path for what needs one: containers and strings. */
            if (type == G_TYPE_INVALID || type == G_TYPE_STRING)
              {
                g_autofree char *child_path = g_strdup_printf ("%s[%u]", path, i);

                if (!check_strings (child, child_path, error))
                  return FALSE;
              }
          }
        return TRUE;
      }
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING &&
          !g_utf8_validate (json_node_get_string (node), -1, NULL))
        return fail (error, LADDER_PROFILE_ERROR_NOT_JSON, _("“%s” is not valid UTF-8 text"),
                     path);
      return TRUE;
    case JSON_NODE_NULL:
    default:
      return TRUE;
    }
}

/* The same check, fast: no paths. The slow one runs only to explain a failure. */
static gboolean
strings_valid (JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        const char *member;
        JsonNode *child;

        json_object_iter_init (&iter, json_node_get_object (node));
        while (json_object_iter_next (&iter, &member, &child))
          if (!g_utf8_validate (member, -1, NULL) || !strings_valid (child))
            return FALSE;
        return TRUE;
      }
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          if (!strings_valid (json_array_get_element (array, i)))
            return FALSE;
        return TRUE;
      }
    case JSON_NODE_VALUE:
      return json_node_get_value_type (node) != G_TYPE_STRING ||
             g_utf8_validate (json_node_get_string (node), -1, NULL);
    case JSON_NODE_NULL:
    default:
      return TRUE;
    }
}

/* The checks every JSON file gets before and while parsing. */
JsonNode *
ladder_parse_json (const char *data,
                   gsize       length,
                   GError    **error)
{
  g_autoptr (JsonParser) parser = NULL;
  g_autoptr (GError) local_error = NULL;
  const char *end;

  if (length > LADDER_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *limit = g_format_size (LADDER_MAX_FILE_SIZE);

      fail (error, LADDER_PROFILE_ERROR_TOO_LARGE,
            _("The file is too large (%s; the limit is %s)"), size, limit);
      return NULL;
    }
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (!g_utf8_validate_len (data, length, &end))
    {
      guint line, column;

      offset_to_position (data, end - data, &line, &column);
      fail (error, LADDER_PROFILE_ERROR_NOT_JSON,
            *end == '\0' ? _("The file contains a NUL byte at line %u, column %u")
                         : _("The file is not UTF-8 text: invalid byte at line %u, column %u"),
            line, column);
      return NULL;
    }
  if (!check_nesting (data, length, error))
    return NULL;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      guint line = 0, column = 0;
      const char *reason = local_error->message;

      /* json-glib says "<data>:LINE:COLUMN: Parse error: REASON". */
      if (sscanf (reason, "<data>:%u:%u:", &line, &column) == 2)
        {
          const char *tail = strstr (reason, ": ");

          while (tail != NULL && strstr (tail + 2, ": ") != NULL)
            tail = strstr (tail + 2, ": ");
          fail (error, LADDER_PROFILE_ERROR_NOT_JSON,
                _("This is not a valid JSON file: line %u, column %u: %s"), line, column,
                tail != NULL ? tail + 2 : reason);
        }
      else
        fail (error, LADDER_PROFILE_ERROR_NOT_JSON, _("This is not a valid JSON file: %s"),
              reason);
      return NULL;
    }
  if (json_parser_get_root (parser) == NULL)
    {
      fail (error, LADDER_PROFILE_ERROR_NOT_JSON, _("The file is empty"));
      return NULL;
    }
  if (!strings_valid (json_parser_get_root (parser)) &&
      !check_strings (json_parser_get_root (parser), "", error))
    return NULL;
  return json_node_ref (json_parser_get_root (parser));
}

/**
 * ladder_profile_new_from_data:
 *
 * Reads a profile. Anything that is not exactly a profile this version can represent is
 * refused with a #LADDER_PROFILE_ERROR whose message names the member and the problem.
 * A newer format version is read as far as it is understood and marked read-only.
 */
LadderProfile *
ladder_profile_new_from_data (const char *data,
                              gsize       length,
                              GError    **error)
{
  static const char * const known[] = { "format", "version", "name", "created", "modified",
                                        "framework", "context", "position", "target", "skills",
                                        "plan", "interview", "evidence", "history", NULL };
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (LadderProfile) self = NULL;
  JsonObject *object;
  gint64 version = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  root = ladder_parse_json (data != NULL ? data : "", length, error);
  if (root == NULL)
    return NULL;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      fail (error, LADDER_PROFILE_ERROR_NOT_PROFILE,
            _("This is JSON, but not a Ladder profile: it is not an object"));
      return NULL;
    }
  object = json_node_get_object (root);
  if (!json_object_has_member (object, "format") ||
      !JSON_NODE_HOLDS_VALUE (json_object_get_member (object, "format")) ||
      g_strcmp0 (json_object_get_string_member (object, "format"), LADDER_PROFILE_FORMAT) != 0)
    {
      fail (error, LADDER_PROFILE_ERROR_NOT_PROFILE,
            _("This is JSON, but not a Ladder profile: its “format” is not “ladder-profile”"));
      return NULL;
    }
  if (!read_int (object, "version", "version", TRUE, 1, G_MAXINT32, &version, error))
    return NULL;

  self = g_object_new (LADDER_TYPE_PROFILE, NULL);
  self->format_version = version;
  self->read_only = version > LADDER_PROFILE_VERSION;

  if (!read_string (object, "name", "name", TRUE, LADDER_MAX_NAME_CHARS, &self->name, error) ||
      !read_string (object, "created", "created", FALSE, 64, &self->created, error) ||
      !read_string (object, "modified", "modified", FALSE, 64, &self->modified, error))
    return NULL;

  if (json_object_has_member (object, "framework"))
    {
      g_clear_pointer (&self->framework, g_free);
      if (!read_string (object, "framework", "framework", TRUE, LADDER_MAX_NAME_CHARS,
                        &self->framework, error))
        return NULL;
      if (g_strcmp0 (self->framework, "builtin:pm") != 0)
        {
          fail (error, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                _("The profile uses the framework “%s”, which this version does not have"),
                self->framework);
          return NULL;
        }
    }

  if (!read_context (self, object, error) ||
      !read_rung (object, "position", &self->track, &self->rung, NULL, &self->position_extra,
                  error) ||
      !read_rung (object, "target", &self->target_track, &self->target_rung,
                  &self->horizon_years, &self->target_extra, error) ||
      !read_skills (self, object, error) ||
      !read_plan (self, object, error) ||
      !read_answers (self, object, error) ||
      !read_evidence (self, object, error) ||
      !read_history (self, object, error))
    {
      if (self->read_only && error != NULL && *error != NULL)
        {
          char *message = g_strdup_printf (_("%s (the file was written by a newer version "
                                             "of Ladder)"),
                                           (*error)->message);
          g_free ((*error)->message);
          (*error)->message = message;
        }
      return NULL;
    }

  if (self->created == NULL)
    self->created = now_iso8601 ();
  if (self->modified == NULL)
    self->modified = g_strdup (self->created);

  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = collect_extra (object, known);

  return g_steal_pointer (&self);
}

/* ---- Writing ---------------------------------------------------------------------------- */

/* The profile is written straight to text: building a JsonNode tree first and generating from
 * it cost more than twice as much for a large profile (see bench/README.md). The output is
 * json-glib's pretty style. */
typedef struct
{
  GString *out;
  guint depth;
  gboolean first[LADDER_MAX_DEPTH + 2];
} Writer;

static void
write_indent (Writer *w)
{
  g_string_append_c (w->out, '\n');
  for (guint i = 0; i < w->depth; i++)
    g_string_append (w->out, "  ");
}

static void
write_escaped (Writer     *w,
               const char *text)
{
  g_string_append_c (w->out, '"');
  for (const guchar *p = (const guchar *) (text != NULL ? text : ""); *p != '\0'; p++)
    switch (*p)
      {
      case '"': g_string_append (w->out, "\\\""); break;
      case '\\': g_string_append (w->out, "\\\\"); break;
      case '\b': g_string_append (w->out, "\\b"); break;
      case '\f': g_string_append (w->out, "\\f"); break;
      case '\n': g_string_append (w->out, "\\n"); break;
      case '\r': g_string_append (w->out, "\\r"); break;
      case '\t': g_string_append (w->out, "\\t"); break;
      default:
        if (*p < 0x20)
          g_string_append_printf (w->out, "\\u%04x", *p);
        else
          g_string_append_c (w->out, (char) *p);
      }
  g_string_append_c (w->out, '"');
}

/* Starts the next value: a comma after the one before, a new line, and the member's name. */
static void
write_key (Writer     *w,
           const char *member)
{
  if (!w->first[w->depth])
    g_string_append_c (w->out, ',');
  w->first[w->depth] = FALSE;
  write_indent (w);
  if (member != NULL)
    {
      write_escaped (w, member);
      g_string_append (w->out, " : ");
    }
}

static void
write_open (Writer     *w,
            const char *member,
            char        bracket)
{
  if (w->depth > 0 || member != NULL)
    write_key (w, member);
  g_string_append_c (w->out, bracket);
  w->depth++;
  w->first[w->depth] = TRUE;
}

static void
write_close (Writer *w,
             char    bracket)
{
  gboolean empty = w->first[w->depth];

  w->depth--;
  if (!empty)
    write_indent (w);
  g_string_append_c (w->out, bracket);
}

static void
add_string (Writer     *w,
            const char *member,
            const char *value)
{
  write_key (w, member);
  write_escaped (w, value != NULL ? value : "");
}

static void
add_int (Writer     *w,
         const char *member,
         gint64      value)
{
  write_key (w, member);
  g_string_append_printf (w->out, "%" G_GINT64_FORMAT, value);
}

static void
add_bool (Writer     *w,
          const char *member,
          gboolean    value)
{
  write_key (w, member);
  g_string_append (w->out, value ? "true" : "false");
}

/* A member this version does not know, written as json-glib writes it, indented to fit. */
static void
add_node (Writer     *w,
          const char *member,
          JsonNode   *node)
{
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, node);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  text = json_generator_to_data (generator, NULL);
  write_key (w, member);
  for (const char *p = text; *p != '\0'; p++)
    {
      g_string_append_c (w->out, *p);
      if (*p == '\n')
        for (guint i = 0; i < w->depth; i++)
          g_string_append (w->out, "  ");
    }
}

static void
add_extra (Writer     *w,
           JsonObject *extra)
{
  JsonObjectIter iter;
  const char *member;
  JsonNode *node;

  if (extra == NULL)
    return;
  json_object_iter_init_ordered (&iter, extra);
  while (json_object_iter_next_ordered (&iter, &member, &node))
    add_node (w, member, node);
}

/**
 * ladder_profile_to_data:
 *
 * Returns: (transfer full): the profile as pretty-printed JSON text.
 */
char *
ladder_profile_to_data (LadderProfile *self,
                        gsize         *length)
{
  Writer writer = { g_string_sized_new (4096) };
  Writer *w = &writer;
  g_autoptr (JsonNode) history = json_node_new (JSON_NODE_ARRAY);

  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);

  write_open (w, NULL, '{');
  add_string (w, "format", LADDER_PROFILE_FORMAT);
  add_int (w, "version", MAX (self->format_version, LADDER_PROFILE_VERSION));
  add_string (w, "name", self->name);
  add_string (w, "created", self->created);
  add_string (w, "modified", self->modified);
  add_string (w, "framework", self->framework);

  write_open (w, "context", '{');
  add_string (w, "industry", self->industry);
  add_string (w, "company_size", self->company_size);
  add_int (w, "years_experience", self->years_experience);
  add_string (w, "background", self->background);
  add_int (w, "reports", self->reports);
  add_extra (w, self->context_extra);
  write_close (w, '}');

  write_open (w, "position", '{');
  add_string (w, "track", self->track);
  add_string (w, "rung", self->rung);
  add_extra (w, self->position_extra);
  write_close (w, '}');

  write_open (w, "target", '{');
  add_string (w, "track", self->target_track);
  add_string (w, "rung", self->target_rung);
  add_int (w, "horizon_years", self->horizon_years);
  add_extra (w, self->target_extra);
  write_close (w, '}');

  write_open (w, "skills", '[');
  for (guint i = 0; i < self->skills->len; i++)
    {
      const LadderProfileSkill *skill = g_ptr_array_index (self->skills, i);

      write_open (w, NULL, '{');
      add_string (w, "id", skill->id);
      if (skill->name != NULL)
        add_string (w, "name", skill->name);
      if (skill->group != NULL)
        add_string (w, "group", skill->group);
      add_int (w, "current", skill->current);
      add_int (w, "target", skill->target);
      add_string (w, "note", skill->note);
      if (skill->hidden)
        add_bool (w, "hidden", TRUE);
      if (skill->target_manual)
        add_bool (w, "target_manual", TRUE);
      add_extra (w, skill->extra);
      write_close (w, '}');
    }
  write_close (w, ']');

  write_open (w, "plan", '{');
  if (self->plan_generated != NULL)
    add_string (w, "generated", self->plan_generated);
  write_open (w, "items", '[');
  for (guint i = 0; i < self->plan->len; i++)
    {
      const LadderPlanItem *item = g_ptr_array_index (self->plan, i);

      write_open (w, NULL, '{');
      add_string (w, "id", item->id);
      add_string (w, "kind", item->kind != NULL ? item->kind : "action");
      add_int (w, "year", item->year);
      if (item->quarter > 0)
        add_int (w, "quarter", item->quarter);
      if (item->skill != NULL)
        add_string (w, "skill", item->skill);
      add_string (w, "title", item->title);
      if (item->outcome != NULL)
        add_string (w, "outcome", item->outcome);
      add_string (w, "status", ladder_status_to_string (item->status));
      add_bool (w, "edited", item->edited);
      add_extra (w, item->extra);
      write_close (w, '}');
    }
  write_close (w, ']');
  add_extra (w, self->plan_extra);
  write_close (w, '}');

  write_open (w, "interview", '[');
  for (guint i = 0; i < self->answers->len; i++)
    {
      const LadderAnswer *answer = g_ptr_array_index (self->answers, i);

      write_open (w, NULL, '{');
      add_string (w, "question", answer->question);
      if (answer->text != NULL)
        add_string (w, "text", answer->text);
      add_string (w, "answer", answer->answer);
      add_bool (w, "edited", answer->edited);
      if (answer->plan_generated != NULL)
        add_string (w, "plan_generated", answer->plan_generated);
      add_extra (w, answer->extra);
      write_close (w, '}');
    }
  write_close (w, ']');

  write_open (w, "evidence", '[');
  for (guint i = 0; i < self->evidence->len; i++)
    {
      const LadderEvidence *evidence = g_ptr_array_index (self->evidence, i);

      write_open (w, NULL, '{');
      if (evidence->date != NULL)
        add_string (w, "date", evidence->date);
      if (evidence->skill != NULL)
        add_string (w, "skill", evidence->skill);
      add_string (w, "text", evidence->text);
      add_extra (w, evidence->extra);
      write_close (w, '}');
    }
  write_close (w, ']');

  json_node_set_array (history, self->history);
  add_node (w, "history", history);

  add_extra (w, self->extra);
  write_close (w, '}');

  if (length != NULL)
    *length = writer.out->len;
  return g_string_free (writer.out, FALSE);
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
  copy->created = now_iso8601 ();
  copy->read_only = FALSE;
  return copy;
}

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
    emit_changed (self, PROP_NAME);
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
    emit_changed (self, PROP_INDUSTRY);
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
    emit_changed (self, PROP_COMPANY_SIZE);
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
    emit_changed (self, PROP_BACKGROUND);
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
  g_return_if_fail (ladder_framework_lookup_rung (ladder_framework_get_builtin (), track, rung));

  g_object_freeze_notify (G_OBJECT (self));
  track_changed = set_string (&self->track, track);
  rung_changed = set_string (&self->rung, rung);
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
  g_return_if_fail (ladder_framework_lookup_rung (ladder_framework_get_builtin (), track, rung));

  g_object_freeze_notify (G_OBJECT (self));
  track_changed = set_string (&self->target_track, track);
  rung_changed = set_string (&self->target_rung, rung);
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
  emit_changed (self, PROP_HORIZON_YEARS);
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
  self->modified = now_iso8601 ();
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
static void
skills_changed_shape (LadderProfile *self)
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
  skill->current = current;
  skill->target = target;
  g_signal_emit (self, signals[SKILLS_CHANGED], 0);
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
      g_signal_emit (self, signals[SKILLS_CHANGED], 0);
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

const LadderEvidence *
ladder_profile_get_evidence (LadderProfile *self,
                             guint          index)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), NULL);
  g_return_val_if_fail (index < self->evidence->len, NULL);
  return g_ptr_array_index (self->evidence, index);
}

guint
ladder_profile_get_n_history (LadderProfile *self)
{
  g_return_val_if_fail (LADDER_IS_PROFILE (self), 0);
  return json_array_get_length (self->history);
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
  g_signal_emit (self, signals[PLAN_CHANGED], 0);
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
    emit_plan_changed (self);
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
      /* Swap with the nearest item of the same year. */
      self->plan->pdata[i] = (gpointer) item;
      self->plan->pdata[position] = other;
      emit_plan_changed (self);
      return TRUE;
    }
  return FALSE;
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
  g_signal_emit (self, signals[INTERVIEW_CHANGED], 0);
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
void
ladder_profile_set_answer (LadderProfile *self,
                           const char    *question,
                           const char    *text,
                           gboolean       edited,
                           const char    *plan_generated)
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
  if (answer->edited != edited)
    {
      answer->edited = edited;
      changed = TRUE;
    }
  if (changed)
    emit_interview_changed (self);
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
    emit_interview_changed (self);
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
  g_signal_emit (self, signals[SKILLS_CHANGED], 0);
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
  g_return_val_if_fail (ladder_framework_lookup_group (ladder_framework_get_builtin (), group),
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
  skills_changed_shape (self);
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
    emit_skills_changed (self);
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
      skills_changed_shape (self);
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
  skills_changed_shape (self);
  emit_skills_changed (self);
}

void
ladder_profile_skill_free (LadderProfileSkill *skill)
{
  if (skill != NULL)
    profile_skill_free (skill);
}
