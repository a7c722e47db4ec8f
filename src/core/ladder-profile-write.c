/* SPDX-License-Identifier: GPL-3.0-or-later
 * Writing a profile as JSON text, unknown members included, in json-glib's pretty style. */
#define G_LOG_DOMAIN "ladder-profile"

#include "config.h"

#include "ladder-i18n.h"
#include <stdio.h>
#include <string.h>

#include "ladder-profile-private.h"

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
  if (self->applying_company != NULL || self->applying_role != NULL ||
      json_object_get_size (self->applying_extra) > 0)
    {
      write_open (w, "applying", '{');
      if (self->applying_company != NULL)
        add_string (w, "company", self->applying_company);
      if (self->applying_role != NULL)
        add_string (w, "role", self->applying_role);
      add_extra (w, self->applying_extra);
      write_close (w, '}');
    }

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
  if (self->review_month > 0)
    add_int (w, "review_month", self->review_month);
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
  if (self->plan_language != NULL)
    add_string (w, "language", self->plan_language);
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
      if (item->language != NULL)
        add_string (w, "language", item->language);
      add_extra (w, item->extra);
      write_close (w, '}');
    }
  write_close (w, ']');
  if (self->plan_removed->len > 0)
    {
      write_open (w, "removed", '[');
      for (guint i = 0; i < self->plan_removed->len; i++)
        add_string (w, NULL, g_ptr_array_index (self->plan_removed, i));
      write_close (w, ']');
    }
  if (self->plan_inputs != NULL)
    {
      g_autoptr (JsonNode) inputs = json_node_new (JSON_NODE_OBJECT);

      json_node_set_object (inputs, self->plan_inputs);
      add_node (w, "made_from", inputs);
    }
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
      if (answer->drafted_as != NULL)
        add_string (w, "drafted_as", answer->drafted_as);
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
      if (evidence->outcome != NULL)
        add_string (w, "outcome", evidence->outcome);
      if (evidence->link != NULL)
        add_string (w, "link", evidence->link);
      if (evidence->plan_item != NULL)
        add_string (w, "plan_item", evidence->plan_item);
      add_extra (w, evidence->extra);
      write_close (w, '}');
    }
  write_close (w, ']');

  json_node_set_array (history, self->history);
  add_node (w, "history", history);
  if (json_array_get_length (self->checkins) > 0)
    {
      g_autoptr (JsonNode) checkins = json_node_new (JSON_NODE_ARRAY);

      json_node_set_array (checkins, self->checkins);
      add_node (w, "checkins", checkins);
    }

  add_extra (w, self->extra);
  write_close (w, '}');

  if (length != NULL)
    *length = writer.out->len;
  return g_string_free (writer.out, FALSE);
}

