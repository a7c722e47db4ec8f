/* SPDX-License-Identifier: GPL-3.0-or-later
 * Reading a profile: strict, with one clear reason for any refusal, and nothing lost. */
#define G_LOG_DOMAIN "ladder-profile"

#include "config.h"

#include "ladder-i18n.h"
#include <stdio.h>
#include <math.h>
#include <string.h>

#include "ladder-json.h"
#include "ladder-framework-store.h"
#include "ladder-profile-private.h"

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
read_id (JsonObject         *object,
         const char         *member,
         const char         *path,
         const char * const *allowed,
         char              **out,
         GError            **error)
{
  if (!ladder_json_read_string (object, member, path, TRUE, LADDER_MAX_NAME_CHARS, out, error))
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




/* "applying": the company and role the person interviews for; both optional. */
static gboolean
read_applying (LadderProfile *self,
               JsonObject    *root,
               GError       **error)
{
  static const char * const known[] = { "company", "role", NULL };
  JsonObject *applying;

  if (!ladder_json_read_object (root, "applying", "applying", FALSE, &applying, error))
    return FALSE;
  if (applying == NULL)
    return TRUE;
  if (!ladder_json_read_string (applying, "company", "applying.company", FALSE, LADDER_MAX_NAME_CHARS,
                    &self->applying_company, error) ||
      !ladder_json_read_string (applying, "role", "applying.role", FALSE, LADDER_MAX_NAME_CHARS,
                    &self->applying_role, error))
    return FALSE;
  g_clear_pointer (&self->applying_extra, json_object_unref);
  self->applying_extra = collect_extra (applying, known);
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

  if (!ladder_json_read_object (root, "context", "context", FALSE, &context, error))
    return FALSE;
  if (context == NULL)
    return TRUE;

  g_clear_pointer (&self->industry, g_free);
  g_clear_pointer (&self->company_size, g_free);
  g_clear_pointer (&self->background, g_free);
  if (!read_id (context, "industry", "context.industry", ladder_industries (), &self->industry, error) ||
      !read_id (context, "company_size", "context.company_size", ladder_company_sizes (),
                &self->company_size, error) ||
      !read_id (context, "background", "context.background", ladder_backgrounds (), &self->background,
                error))
    return FALSE;

  number = 0;
  if (!ladder_json_read_int (context, "years_experience", "context.years_experience", FALSE, 0,
                 LADDER_MAX_YEARS, &number, error))
    return FALSE;
  self->years_experience = number;
  number = 0;
  if (!ladder_json_read_int (context, "reports", "context.reports", FALSE, 0, LADDER_MAX_REPORTS, &number,
                 error))
    return FALSE;
  self->reports = number;

  g_clear_pointer (&self->context_extra, json_object_unref);
  self->context_extra = collect_extra (context, known);
  return TRUE;
}

static gboolean
read_rung (LadderFramework *framework,
           JsonObject  *root,
           const char  *member,
           char       **track,
           char       **rung,
           guint       *horizon,
           guint       *review_month,
           JsonObject **extra,
           GError     **error)
{
  static const char * const known[] = { "track", "rung", "horizon_years", "review_month", NULL };
  g_autofree char *track_path = g_strdup_printf ("%s.track", member);
  g_autofree char *rung_path = g_strdup_printf ("%s.rung", member);
  g_autofree char *new_track = NULL;
  g_autofree char *new_rung = NULL;
  JsonObject *object;

  if (!ladder_json_read_object (root, member, member, TRUE, &object, error) ||
      !read_id (object, "track", track_path, NULL, &new_track, error) ||
      !read_id (object, "rung", rung_path, NULL, &new_rung, error))
    return FALSE;

  if (ladder_framework_lookup_track (framework, new_track) == NULL)
    return fail (error, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                 _("“%s” is “%s”, which is not a track of the framework “%s”"), track_path,
                 new_track, ladder_framework_get_name (framework));

  if (ladder_framework_lookup_rung (framework, new_track, new_rung) == NULL)
    return fail (error, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                 _("“%s” is “%s”, which is not a rung of the “%s” track"), rung_path, new_rung,
                 new_track);

  if (horizon != NULL)
    {
      g_autofree char *path = g_strdup_printf ("%s.horizon_years", member);
      gint64 years = 3;

      if (!ladder_json_read_int (object, "horizon_years", path, FALSE, 1, 10, &years, error))
        return FALSE;
      *horizon = years;
    }
  if (review_month != NULL)
    {
      g_autofree char *path = g_strdup_printf ("%s.review_month", member);
      gint64 month = 0;

      if (!ladder_json_read_int (object, "review_month", path, FALSE, 1, 12, &month, error))
        return FALSE;
      *review_month = month;
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
  LadderFramework *framework = ladder_profile_get_framework (self);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array;

  if (!ladder_json_read_array (root, "skills", "skills", LADDER_MAX_SKILLS, &array, error))
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
      ladder_profile_skills_changed_shape (self);

      if (!ladder_json_read_string (object, "id", id_path, TRUE, LADDER_MAX_NAME_CHARS, &skill->id, error))
        return FALSE;
      if (g_hash_table_contains (seen, skill->id))
        return fail (error, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                     _("The skill “%s” is listed twice"), skill->id);
      g_hash_table_add (seen, skill->id);

      if (g_str_has_prefix (skill->id, "custom:"))
        {
          g_autofree char *name_path = g_strdup_printf ("skills[%u].name", i);
          g_autofree char *group_path = g_strdup_printf ("skills[%u].group", i);

          if (!ladder_json_read_string (object, "name", name_path, TRUE, LADDER_MAX_NAME_CHARS, &skill->name,
                            error) ||
              !ladder_json_read_string (object, "group", group_path, TRUE, LADDER_MAX_NAME_CHARS,
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

      if (!ladder_json_read_int (object, "current", cur_path, FALSE, 0, LADDER_LEVEL_MAX, &current, error) ||
          !ladder_json_read_int (object, "target", tgt_path, FALSE, 0, LADDER_LEVEL_MAX, &target, error) ||
          !ladder_json_read_string (object, "note", note_path, FALSE, LADDER_MAX_TEXT_CHARS, &skill->note,
                        error) ||
          !ladder_json_read_bool (object, "hidden", hidden_path, &skill->hidden, error) ||
          !ladder_json_read_bool (object, "target_manual", manual_path, &skill->target_manual, error))
        return FALSE;
      skill->current = current;
      skill->target = target;
      if (skill->note == NULL)
        skill->note = g_strdup ("");
      skill->extra = collect_extra (object, known);
    }

  ladder_profile_add_missing_framework_skills (self);
  return TRUE;
}

static gboolean
check_skill_reference (LadderProfile *self,
                       JsonObject    *object,
                       const char    *path,
                       char         **out,
                       GError       **error)
{
  if (!ladder_json_read_string (object, "skill", path, FALSE, LADDER_MAX_NAME_CHARS, out, error))
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
  static const char * const known_plan[] = { "generated", "language", "items", "removed",
                                             "made_from", NULL };
  static const char * const known[] = { "id", "kind", "year", "quarter", "skill", "title",
                                        "outcome", "status", "edited", "language", NULL };
  JsonObject *inputs = NULL;
  static const char * const kinds[] = { "action", "goal", "checkpoint", NULL };
  JsonObject *plan;
  JsonArray *items;
  JsonArray *removed = NULL;
  g_autoptr (GHashTable) seen = NULL;

  if (!ladder_json_read_object (root, "plan", "plan", FALSE, &plan, error))
    return FALSE;
  if (plan == NULL)
    return TRUE;
  if (!ladder_json_read_string (plan, "generated", "plan.generated", FALSE, 64, &self->plan_generated,
                    error) ||
      !ladder_json_read_string (plan, "language", "plan.language", FALSE, 16, &self->plan_language,
                    error) ||
      !ladder_json_read_array (plan, "items", "plan.items", LADDER_MAX_PLAN_ITEMS, &items, error) ||
      !ladder_json_read_object (plan, "made_from", "plan.made_from", FALSE, &inputs, error))
    return FALSE;
  /* Read as a profile only when the plan is written again in another language; kept as it is. */
  g_clear_pointer (&self->plan_inputs, json_object_unref);
  if (inputs != NULL)
    self->plan_inputs = json_object_ref (inputs);
  g_clear_pointer (&self->plan_extra, json_object_unref);
  self->plan_extra = collect_extra (plan, known_plan);
  if (!ladder_json_read_array (plan, "removed", "plan.removed", LADDER_MAX_PLAN_ITEMS, &removed, error))
    return FALSE;
  for (guint i = 0; removed != NULL && i < json_array_get_length (removed); i++)
    {
      JsonNode *node = json_array_get_element (removed, i);
      const char *id = JSON_NODE_HOLDS_VALUE (node) &&
                       json_node_get_value_type (node) == G_TYPE_STRING
                       ? json_node_get_string (node) : NULL;

      if (id == NULL || g_utf8_strlen (id, -1) > LADDER_MAX_NAME_CHARS)
        {
          g_autofree char *path = g_strdup_printf ("plan.removed[%u]", i);

          return fail (error, LADDER_PROFILE_ERROR_WRONG_TYPE,
                       _("“%s” must be the id of a plan item"), path);
        }
      if (!ladder_profile_plan_item_was_removed (self, id))
        g_ptr_array_add (self->plan_removed, g_strdup (id));
    }
  /* Edits find an item by its id: two items with one id would send an edit to the wrong one. */
  seen = g_hash_table_new (g_str_hash, g_str_equal);

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
      char p_language[96];
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
      g_snprintf (p_language, sizeof p_language, "%s.language", path);
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s” must be an object"), path);
      object = json_node_get_object (node);
      item = g_new0 (LadderPlanItem, 1);
      g_ptr_array_add (self->plan, item);

      if (!ladder_json_read_string (object, "id", p_id, TRUE, LADDER_MAX_NAME_CHARS, &item->id, error) ||
          !ladder_json_read_int (object, "year", p_year, TRUE, 1, 10, &year, error) ||
          !ladder_json_read_int (object, "quarter", p_quarter, FALSE, 0, 4, &quarter, error) ||
          !check_skill_reference (self, object, p_skill, &item->skill, error) ||
          !ladder_json_read_string (object, "title", p_title, TRUE, LADDER_MAX_TEXT_CHARS, &item->title,
                        error) ||
          !ladder_json_read_string (object, "outcome", p_outcome, FALSE, LADDER_MAX_TEXT_CHARS,
                        &item->outcome, error) ||
          !ladder_json_read_bool (object, "edited", p_edited, &item->edited, error) ||
          !ladder_json_read_string (object, "language", p_language, FALSE, 16, &item->language, error))
        return FALSE;
      if (!g_hash_table_add (seen, item->id))
        return fail (error, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                     _("“%s” is “%s”, the id of an earlier plan item too"), p_id, item->id);
      if (json_object_has_member (object, "kind") &&
          !read_id (object, "kind", p_kind, kinds, &item->kind, error))
        return FALSE;
      if (item->kind == NULL)
        item->kind = g_strdup ("action");
      if (json_object_has_member (object, "status"))
        {
          if (!read_id (object, "status", p_status, ladder_statuses (), &status, error))
            return FALSE;
          for (guint s = 0; ladder_statuses ()[s] != NULL; s++)
            if (g_strcmp0 (ladder_statuses ()[s], status) == 0)
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
                                        "plan_generated", "drafted_as", NULL };
  JsonArray *array;
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  if (!ladder_json_read_array (root, "interview", "interview", LADDER_MAX_ANSWERS, &array, error))
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
      char p_drafted[96];
      LadderAnswer *answer;
      JsonObject *object;

      g_snprintf (p_question, sizeof p_question, "%s.question", path);
      g_snprintf (p_answer, sizeof p_answer, "%s.answer", path);
      g_snprintf (p_edited, sizeof p_edited, "%s.edited", path);
      g_snprintf (p_text, sizeof p_text, "%s.text", path);
      g_snprintf (p_plan, sizeof p_plan, "%s.plan_generated", path);
      g_snprintf (p_drafted, sizeof p_drafted, "%s.drafted_as", path);
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s” must be an object"), path);
      object = json_node_get_object (node);
      answer = g_new0 (LadderAnswer, 1);
      g_ptr_array_add (self->answers, answer);

      if (!ladder_json_read_string (object, "question", p_question, TRUE, LADDER_MAX_NAME_CHARS,
                        &answer->question, error) ||
          !ladder_json_read_string (object, "answer", p_answer, FALSE, LADDER_MAX_TEXT_CHARS,
                        &answer->answer, error) ||
          !ladder_json_read_bool (object, "edited", p_edited, &answer->edited, error) ||
          !ladder_json_read_string (object, "text", p_text, FALSE, LADDER_MAX_TEXT_CHARS, &answer->text,
                        error) ||
          !ladder_json_read_string (object, "plan_generated", p_plan, FALSE, 64, &answer->plan_generated,
                        error) ||
          !ladder_json_read_string (object, "drafted_as", p_drafted, FALSE, 64, &answer->drafted_as, error))
        return FALSE;
      if (!g_hash_table_add (seen, answer->question))
        return fail (error, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                     _("“%s” is “%s”, a question answered earlier in the file too"),
                     p_question, answer->question);
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
  static const char * const known[] = { "date", "skill", "text", "outcome", "link", "plan_item",
                                        NULL };
  JsonArray *array;

  if (!ladder_json_read_array (root, "evidence", "evidence", LADDER_MAX_EVIDENCE, &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *path = g_strdup_printf ("evidence[%u]", i);
      char p_date[96];
      char p_skill[96];
      char p_text[96];
      char p_outcome[96];
      char p_link[96];
      char p_item[96];
      LadderEvidence *evidence;
      JsonObject *object;

      g_snprintf (p_date, sizeof p_date, "%s.date", path);
      g_snprintf (p_skill, sizeof p_skill, "%s.skill", path);
      g_snprintf (p_text, sizeof p_text, "%s.text", path);
      g_snprintf (p_outcome, sizeof p_outcome, "%s.outcome", path);
      g_snprintf (p_link, sizeof p_link, "%s.link", path);
      g_snprintf (p_item, sizeof p_item, "%s.plan_item", path);
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s” must be an object"), path);
      object = json_node_get_object (node);
      evidence = g_new0 (LadderEvidence, 1);
      g_ptr_array_add (self->evidence, evidence);

      if (!ladder_json_read_string (object, "date", p_date, FALSE, 64, &evidence->date, error) ||
          !check_skill_reference (self, object, p_skill, &evidence->skill, error) ||
          !ladder_json_read_string (object, "text", p_text, TRUE, LADDER_MAX_TEXT_CHARS, &evidence->text,
                        error) ||
          !ladder_json_read_string (object, "outcome", p_outcome, FALSE, LADDER_MAX_TEXT_CHARS,
                        &evidence->outcome, error) ||
          !ladder_json_read_string (object, "link", p_link, FALSE, LADDER_MAX_TEXT_CHARS, &evidence->link,
                        error) ||
          /* An item removed from the plan since leaves its id here: kept, not refused. */
          !ladder_json_read_string (object, "plan_item", p_item, FALSE, LADDER_MAX_NAME_CHARS,
                        &evidence->plan_item, error))
        return FALSE;
      evidence->extra = collect_extra (object, known);
    }
  return TRUE;
}

/* Quarterly check-ins: dated entries the window makes; what they name is kept as it is (an item
 * removed since stays named). */
static gboolean
read_checkins (LadderProfile *self,
               JsonObject    *root,
               GError       **error)
{
  JsonArray *array;

  if (!ladder_json_read_array (root, "checkins", "checkins", LADDER_MAX_HISTORY, &array, error))
    return FALSE;
  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      g_autofree char *path = g_strdup_printf ("checkins[%u]", i);
      g_autofree char *p_date = g_strdup_printf ("%s.date", path);
      g_autofree char *p_note = g_strdup_printf ("%s.note", path);
      g_autofree char *date = NULL, *note = NULL;
      JsonObject *entry;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return fail (error, LADDER_PROFILE_ERROR_WRONG_TYPE, _("“%s” must be an object"), path);
      entry = json_node_get_object (node);
      if (!ladder_json_read_string (entry, "date", p_date, TRUE, 64, &date, error) ||
          !ladder_json_read_string (entry, "note", p_note, FALSE, LADDER_MAX_TEXT_CHARS, &note, error))
        return FALSE;
    }
  if (array != NULL)
    {
      json_array_unref (self->checkins);
      self->checkins = json_array_ref (array);
    }
  return TRUE;
}

static gboolean
read_history (LadderProfile *self,
              JsonObject    *root,
              GError       **error)
{
  JsonArray *array;

  if (!ladder_json_read_array (root, "history", "history", LADDER_MAX_HISTORY, &array, error))
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
      if (!ladder_json_read_string (object, "date", p_date, FALSE, 64, &date, error) ||
          !ladder_json_read_object (object, "skills", p_skills, FALSE, &levels, error))
        return FALSE;
      if (levels == NULL)
        continue;
      if (json_object_get_size (levels) > LADDER_MAX_SKILLS)
        return fail (error, LADDER_PROFILE_ERROR_TOO_LARGE,
                     dngettext (GETTEXT_PACKAGE, "“%s” has more than %u entry",
                                "“%s” has more than %u entries", LADDER_MAX_SKILLS),
                     p_skills, LADDER_MAX_SKILLS);
      json_object_iter_init (&iter, levels);
      while (json_object_iter_next (&iter, &member, &value))
        {
          g_autofree char *p_level = g_strdup_printf ("%s.%s", p_skills, member);
          gint64 level;

          if (!ladder_json_read_int (levels, member, p_level, TRUE, 0, LADDER_LEVEL_MAX, &level, error))
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

/* json-glib writes a double as g_ascii_dtostr() and adds ".0" when it has no point, which turns
 * 1e21 into "1e+21.0" and infinity into "inf.0", neither of them JSON. Such a number is refused
 * when read, so that saving can never make a file unreadable. */
static gboolean
number_writes_back (JsonNode *node)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  double value;

  if (json_node_get_value_type (node) != G_TYPE_DOUBLE)
    return TRUE;
  value = json_node_get_double (node);
  if (!isfinite (value))
    return FALSE;
  g_ascii_dtostr (buffer, sizeof buffer, value);
  return strchr (buffer, '.') != NULL || strpbrk (buffer, "eE") == NULL;
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

            /* Only build a path for what needs one: containers, strings and numbers. */
            if (type == G_TYPE_INVALID || type == G_TYPE_STRING || type == G_TYPE_DOUBLE)
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
      if (!number_writes_back (node))
        return fail (error, LADDER_PROFILE_ERROR_OUT_OF_RANGE,
                     _("“%s” is a number Ladder cannot keep exactly"), path);
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
      return (json_node_get_value_type (node) != G_TYPE_STRING ||
              g_utf8_validate (json_node_get_string (node), -1, NULL)) &&
             number_writes_back (node);
    case JSON_NODE_NULL:
    default:
      return TRUE;
    }
}

/* The checks of the text every JSON file gets before it is parsed: size, UTF-8, no NUL; a
 * byte-order mark is stepped over. */
static gboolean
check_text (const char **text,
            gsize       *text_length,
            GError     **error)
{
  const char *data = *text;
  gsize length = *text_length;
  const char *end;

  if (length > LADDER_MAX_FILE_SIZE)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *limit = g_format_size (LADDER_MAX_FILE_SIZE);

      fail (error, LADDER_PROFILE_ERROR_TOO_LARGE,
            _("The file is too large (%s; the limit is %s)"), size, limit);
      return FALSE;
    }
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
    }
  if (!g_utf8_validate_len (data, length, &end))
    {
      guint line, column;

      ladder_json_position (data, end - data, &line, &column);
      fail (error, LADDER_PROFILE_ERROR_NOT_JSON,
            *end == '\0' ? _("The file contains a NUL byte at line %u, column %u")
                         : _("The file is not UTF-8 text: invalid byte at line %u, column %u"),
            line, column);
      return FALSE;
    }
  *text = data;
  *text_length = length;
  return TRUE;
}

/* The checks every JSON file gets before and while parsing. */
JsonNode *
ladder_parse_json (const char *data,
                   gsize       length,
                   GError    **error)
{
  g_autoptr (JsonParser) parser = NULL;
  g_autoptr (GError) local_error = NULL;

  if (!check_text (&data, &length, error))
    return NULL;
  /* Strict JSON, and nothing json-glib would change while reading it. */
  if (!ladder_json_check (data, length, error))
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

static void
add_name (GPtrArray  *names,
          JsonObject *object,
          const char *member)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, member) : NULL;
  const char *name;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return;
  name = json_node_get_string (node);
  if (*name != '\0' && !g_ptr_array_find_with_equal_func (names, name, g_str_equal, NULL))
    g_ptr_array_add (names, (gpointer) name);
}

/* A framework made of what the profile names — its skills, groups, tracks and rungs, each
 * titled by its id, expecting nothing — to show a profile whose ladder is not here. */
static LadderFramework *
stand_in_framework (const char *id,
                    JsonObject *root)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonNode) node = NULL;
  g_autoptr (GPtrArray) skills = g_ptr_array_new ();
  g_autoptr (GPtrArray) groups = g_ptr_array_new ();
  g_autoptr (GPtrArray) tracks = g_ptr_array_new ();
  g_autofree char *text = NULL;
  JsonNode *list = json_object_get_member (root, "skills");
  JsonObject *ends[2] = { NULL, NULL };
  const char *members[2] = { "position", "target" };

  for (guint i = 0; i < 2; i++)
    {
      JsonNode *end = json_object_get_member (root, members[i]);

      ends[i] = end != NULL && JSON_NODE_HOLDS_OBJECT (end) ? json_node_get_object (end) : NULL;
      add_name (tracks, ends[i], "track");
    }
  if (list != NULL && JSON_NODE_HOLDS_ARRAY (list))
    for (guint i = 0; i < json_array_get_length (json_node_get_array (list)); i++)
      {
        JsonNode *element = json_array_get_element (json_node_get_array (list), i);
        JsonObject *skill = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element)
                                                             : NULL;

        if (skill == NULL || !json_object_has_member (skill, "id") ||
            !JSON_NODE_HOLDS_VALUE (json_object_get_member (skill, "id")) ||
            json_node_get_value_type (json_object_get_member (skill, "id")) != G_TYPE_STRING)
          continue;
        if (g_str_has_prefix (json_object_get_string_member (skill, "id"), "custom:"))
          add_name (groups, skill, "group");
        else
          add_name (skills, skill, "id");
      }
  if (skills->len == 0 || tracks->len == 0)
    return NULL;
  if (groups->len == 0)
    g_ptr_array_add (groups, "skills");

  ladder_framework_json_begin (builder, id, NULL);
  json_builder_set_member_name (builder, "groups");
  json_builder_begin_array (builder);
  for (guint g = 0; g < groups->len; g++)
    ladder_framework_json_add_group (builder, groups->pdata[g], groups->pdata[g]);
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "skills");
  json_builder_begin_array (builder);
  for (guint s = 0; s < skills->len; s++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, skills->pdata[s]);
      json_builder_set_member_name (builder, "group");
      json_builder_add_string_value (builder, groups->pdata[0]);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, skills->pdata[s]);
      json_builder_set_member_name (builder, "levels");
      json_builder_begin_array (builder);
      for (guint l = 0; l < LADDER_N_LEVELS; l++)
        json_builder_add_string_value (builder, "");
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "tracks");
  json_builder_begin_array (builder);
  for (guint t = 0; t < tracks->len; t++)
    {
      g_autoptr (GPtrArray) rungs = g_ptr_array_new ();

      for (guint i = 0; i < 2; i++)
        if (ends[i] != NULL &&
            g_strcmp0 (json_object_get_string_member_with_default (ends[i], "track", ""),
                       tracks->pdata[t]) == 0)
          add_name (rungs, ends[i], "rung");
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, tracks->pdata[t]);
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, tracks->pdata[t]);
      json_builder_set_member_name (builder, "rungs");
      json_builder_begin_array (builder);
      for (guint r = 0; r < rungs->len; r++)
        {
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "id");
          json_builder_add_string_value (builder, rungs->pdata[r]);
          json_builder_set_member_name (builder, "title");
          json_builder_add_string_value (builder, rungs->pdata[r]);
          json_builder_set_member_name (builder, "expects");
          json_builder_begin_object (builder);
          for (guint s = 0; s < skills->len; s++)
            {
              json_builder_set_member_name (builder, skills->pdata[s]);
              json_builder_add_int_value (builder, 0);
            }
          json_builder_end_object (builder);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  node = json_builder_get_root (builder);
  text = json_to_string (node, FALSE);
  return ladder_framework_new_from_data (text, strlen (text), NULL);
}

/* What makes a file a profile: an object, with its format, its version and its name. @object
 * is %NULL when the file's value is not an object. */
static gboolean
read_header (JsonObject *object,
             gint64     *version,
             char      **name,
             GError    **error)
{
  if (object == NULL)
    {
      fail (error, LADDER_PROFILE_ERROR_NOT_PROFILE,
            _("This is JSON, but not a Ladder profile: it is not an object"));
      return FALSE;
    }
  if (!json_object_has_member (object, "format") ||
      !JSON_NODE_HOLDS_VALUE (json_object_get_member (object, "format")) ||
      g_strcmp0 (json_object_get_string_member (object, "format"), LADDER_PROFILE_FORMAT) != 0)
    {
      fail (error, LADDER_PROFILE_ERROR_NOT_PROFILE,
            _("This is JSON, but not a Ladder profile: its “format” is not “ladder-profile”"));
      return FALSE;
    }
  return ladder_json_read_int (object, "version", "version", TRUE, 1, G_MAXINT32, version,
                               error) &&
         ladder_json_read_string (object, "name", "name", TRUE, LADDER_MAX_NAME_CHARS, name,
                                  error);
}

/**
 * ladder_profile_peek_name:
 *
 * A profile's name, read without building the profile: the text is checked in full as JSON,
 * and its format, version and name as a profile's; the rest is checked when it is opened.
 * Lists of profiles read names this way (a large file costs a scan, not a parse).
 *
 * Returns: (transfer full) (nullable): the name, or %NULL with the reason
 */
char *
ladder_profile_peek_name (const char *data,
                          gsize       length,
                          GError    **error)
{
  static const char * const wanted[] = { "format", "version", "name", NULL };
  JsonNode *values[G_N_ELEMENTS (wanted)] = { NULL, };
  g_autoptr (JsonObject) header = json_object_new ();
  g_autofree char *name = NULL;
  gsize first = 0;
  gint64 version;

  if (!check_text (&data, &length, error))
    return NULL;
  if (!ladder_json_check_find (data, length, wanted, values, error))
    return NULL;
  while (first < length && g_ascii_isspace (data[first]))
    first++;
  for (guint i = 0; wanted[i] != NULL; i++)
    if (values[i] != NULL)
      json_object_set_member (header, wanted[i], values[i]);
  if (!read_header (data[first] == '{' ? header : NULL, &version, &name, error))
    return NULL;
  return g_steal_pointer (&name);
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
                                        "plan", "interview", "evidence", "history",
                                        "applying", "checkins", NULL };
  g_autoptr (JsonNode) root = NULL;
  g_autoptr (LadderProfile) self = NULL;
  JsonObject *object;
  gint64 version = 0;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  root = ladder_parse_json (data != NULL ? data : "", length, error);
  if (root == NULL)
    return NULL;

  object = JSON_NODE_HOLDS_OBJECT (root) ? json_node_get_object (root) : NULL;
  self = g_object_new (LADDER_TYPE_PROFILE, NULL);
  if (!read_header (object, &version, &self->name, error))
    return NULL;
  self->format_version = version;
  self->read_only = version > LADDER_PROFILE_VERSION;

  if (!ladder_json_read_string (object, "created", "created", FALSE, 64, &self->created, error) ||
      !ladder_json_read_string (object, "modified", "modified", FALSE, 64, &self->modified, error))
    return NULL;

  if (json_object_has_member (object, "framework"))
    {
      g_clear_pointer (&self->framework, g_free);
      if (!ladder_json_read_string (object, "framework", "framework", TRUE, LADDER_MAX_NAME_CHARS,
                        &self->framework, error))
        return NULL;
      /* A profile on a company ladder that is not here is read on a stand-in made of its own
       * ids and opens read-only with the reason: it is never written, and reads in full once
       * the ladder is imported again. */
      g_autoptr (GError) missing = NULL;

      if (ladder_frameworks_lookup (self->framework, &missing) == NULL)
        {
          if (!g_str_has_prefix (self->framework, "company:") ||
              !(self->stand_in = stand_in_framework (self->framework, object)))
            {
              g_propagate_error (error, g_steal_pointer (&missing));
              return NULL;
            }
          self->read_only = TRUE;
          self->read_only_reason = g_strdup (missing->message);
        }
    }

  if (!read_context (self, object, error) ||
      !read_applying (self, object, error) ||
      !read_rung (ladder_profile_get_framework (self), object, "position", &self->track, &self->rung, NULL, NULL,
                  &self->position_extra, error) ||
      !read_rung (ladder_profile_get_framework (self), object, "target", &self->target_track, &self->target_rung,
                  &self->horizon_years, &self->review_month, &self->target_extra, error) ||
      !read_skills (self, object, error) ||
      !read_plan (self, object, error) ||
      !read_answers (self, object, error) ||
      !read_evidence (self, object, error) ||
      !read_history (self, object, error) ||
      !read_checkins (self, object, error))
    {
      if (self->read_only && self->stand_in == NULL && error != NULL && *error != NULL)
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
    self->created = ladder_profile_now ();
  if (self->modified == NULL)
    self->modified = g_strdup (self->created);

  g_clear_pointer (&self->extra, json_object_unref);
  self->extra = collect_extra (object, known);

  return g_steal_pointer (&self);
}

