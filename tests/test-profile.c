/* SPDX-License-Identifier: GPL-3.0-or-later
 * The profile model and its JSON form: round trips, notifications and every refusal. */
#include "config.h"

#include <glib/gi18n.h>

#include "ladder-profile.h"

static char *
read_test_file (const char *name,
                gsize      *length)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", name, NULL);
  char *data = NULL;

  g_assert_true (g_file_get_contents (path, &data, length, NULL));
  return data;
}

static LadderProfile *
load_test_file (const char *name,
                GError    **error)
{
  g_autofree char *data = NULL;
  gsize length;

  data = read_test_file (name, &length);
  return ladder_profile_new_from_data (data, length, error);
}

static void
test_new (void)
{
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Mei");
  LadderFramework *framework = ladder_framework_get_builtin ();

  g_assert_cmpstr (ladder_profile_get_name (profile), ==, "Mei");
  g_assert_cmpuint (ladder_profile_get_n_skills (profile), ==,
                    ladder_framework_get_n_skills (framework));
  g_assert_false (ladder_profile_get_read_only (profile));
  g_assert_nonnull (ladder_profile_get_created (profile));
  g_assert_cmpuint (ladder_profile_get_horizon_years (profile), ==, 3);
}

static void
count_cb (gpointer    object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

/* For signals without arguments. */
static void
count_signal_cb (gpointer  object,
                 guint    *count)
{
  (*count)++;
}

static void
test_notify (void)
{
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Mei");
  guint notified = 0, changed = 0, skills = 0;

  g_signal_connect (profile, "notify::name", G_CALLBACK (count_cb), &notified);
  g_signal_connect (profile, "changed", G_CALLBACK (count_signal_cb), &changed);
  g_signal_connect (profile, "skills-changed", G_CALLBACK (count_signal_cb), &skills);

  ladder_profile_set_name (profile, "Mei Lin");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (changed, ==, 1);
  ladder_profile_set_name (profile, "Mei Lin");
  g_assert_cmpuint (notified, ==, 1); /* no notification without a real change */
  g_assert_cmpuint (changed, ==, 1);

  ladder_profile_set_skill_levels (profile, "apis", 2, 4);
  g_assert_cmpuint (skills, ==, 1);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpint (ladder_profile_lookup_skill (profile, "apis")->current, ==, 2);
  g_assert_cmpint (ladder_profile_lookup_skill (profile, "apis")->target, ==, 4);

  ladder_profile_set_target (profile, "management", "team-lead");
  g_assert_cmpstr (ladder_profile_get_target_track (profile), ==, "management");
  g_assert_cmpstr (ladder_profile_get_target_rung (profile), ==, "team-lead");
  g_assert_cmpuint (changed, ==, 3);
}

static void
test_round_trip (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderProfile) profile = NULL;
  g_autoptr (LadderProfile) again = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  gsize length;

  profile = load_test_file ("../../data/samples/anna-petrova-saas-enterprise.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ladder_profile_get_name (profile), ==, "Anna Petrova");
  g_assert_cmpstr (ladder_profile_get_industry (profile), ==, "saas");
  g_assert_cmpstr (ladder_profile_get_company_size (profile), ==, "enterprise");
  g_assert_cmpuint (ladder_profile_get_years_experience (profile), ==, 6);
  g_assert_cmpstr (ladder_profile_get_rung (profile), ==, "senior-pm");
  g_assert_cmpstr (ladder_profile_get_target_rung (profile), ==, "team-lead");
  g_assert_cmpint (ladder_profile_lookup_skill (profile, "team-management")->current, ==, 1);
  g_assert_cmpuint (ladder_profile_get_n_evidence (profile), ==, 2);
  g_assert_cmpuint (ladder_profile_get_n_history (profile), ==, 1);

  first = ladder_profile_to_data (profile, &length);
  again = ladder_profile_new_from_data (first, length, &error);
  g_assert_no_error (error);
  second = ladder_profile_to_data (again, NULL);
  g_assert_cmpstr (first, ==, second);
}

static void
test_unknown_members_kept (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderProfile) profile = load_test_file ("good/unknown-members.json", &error);
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *data = NULL;
  JsonObject *object;

  g_assert_no_error (error);
  data = ladder_profile_to_data (profile, NULL);
  root = json_from_string (data, &error);
  g_assert_no_error (error);
  object = json_node_get_object (root);

  g_assert_true (json_object_has_member (object, "future_member"));
  g_assert_cmpint (json_array_get_length (json_object_get_array_member (
                     json_object_get_object_member (object, "future_member"), "nested")), ==, 3);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (object, "context"),
                                               "team_size"), ==, 12);
  g_assert_cmpstr (json_object_get_string_member (
                     json_object_get_object_member (object, "position"), "since"), ==,
                   "2025-01-01");
  g_assert_cmpstr (json_object_get_string_member (
                     json_node_get_object (json_array_get_element (
                       json_object_get_array_member (object, "skills"), 0)), "confidence"), ==,
                   "high");
  g_assert_cmpstr (json_object_get_string_member (
                     json_object_get_object_member (object, "plan"), "owner"), ==, "me");
  g_assert_cmpstr (json_object_get_string_member (
                     json_node_get_object (json_array_get_element (json_object_get_array_member (
                       json_object_get_object_member (object, "plan"), "items"), 0)), "link"), ==,
                   "https://example.com");
  g_assert_cmpstr (json_object_get_string_member (
                     json_node_get_object (json_array_get_element (
                       json_object_get_array_member (object, "interview"), 0)), "tone"), ==,
                   "calm");
  g_assert_cmpstr (json_object_get_string_member (
                     json_node_get_object (json_array_get_element (
                       json_object_get_array_member (object, "evidence"), 0)), "url"), ==,
                   "https://example.com/prd");
}

static void
test_hostile_text (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderProfile) profile = load_test_file ("good/hostile-text.json", &error);
  g_autoptr (LadderProfile) again = NULL;
  g_autofree char *data = NULL;
  const char *hostile = "<b>Bold & \"Co\"</span> \u202eevil\u202c 🚀 \abell";

  g_assert_no_error (error);
  g_assert_cmpstr (ladder_profile_get_name (profile), ==, hostile);
  g_assert_cmpstr (ladder_profile_get_plan_item (profile, 0)->title, ==, hostile);
  g_assert_cmpint (ladder_profile_get_plan_item (profile, 0)->status, ==,
                   LADDER_STATUS_IN_PROGRESS);
  g_assert_cmpstr (ladder_profile_get_answer (profile, 0)->answer, ==, hostile);

  data = ladder_profile_to_data (profile, NULL);
  again = ladder_profile_new_from_data (data, strlen (data), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ladder_profile_get_name (again), ==, hostile);
  g_assert_cmpstr (ladder_profile_get_skill (again, 5)->note, ==, hostile);
  g_assert_cmpstr (ladder_profile_get_evidence (again, 0)->text, ==, hostile);
}

static void
test_bom (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderProfile) profile = load_test_file ("good/bom.json", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (ladder_profile_get_name (profile), ==, "Li Wei");
}

static void
test_newer_version (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderProfile) profile = load_test_file ("good/newer-version.json", &error);
  g_autofree char *data = NULL;

  g_assert_no_error (error);
  g_assert_true (ladder_profile_get_read_only (profile));
  g_assert_cmpint (ladder_profile_get_format_version (profile), ==, 2);
  /* Its data stays: even written out, the version and the unknown member are kept. */
  data = ladder_profile_to_data (profile, NULL);
  g_assert_nonnull (strstr (data, "\"version\" : 2"));
  g_assert_nonnull (strstr (data, "Ms. Chen"));
}

typedef struct
{
  const char *file;
  LadderProfileError code;
  const char *words; /* what the message must name */
} Refusal;

static const Refusal refusals[] = {
  { "bad/truncated.json", LADDER_PROFILE_ERROR_NOT_JSON, "line 20" },
  { "bad/not-json.json", LADDER_PROFILE_ERROR_NOT_JSON, "line 1, column 1" },
  /* What json-glib accepts but is not JSON, or would change while reading it. */
  { "bad/hex-number.json", LADDER_PROFILE_ERROR_NOT_JSON, "hex" },
  { "bad/leading-zero.json", LADDER_PROFILE_ERROR_NOT_JSON, "zero" },
  { "bad/single-quotes.json", LADDER_PROFILE_ERROR_NOT_JSON, "a member name in double quotes" },
  { "bad/nul-escape.json", LADDER_PROFILE_ERROR_NOT_JSON, "\\u0000" },
  { "bad/duplicate-member.json", LADDER_PROFILE_ERROR_NOT_JSON, "“name” appears twice" },
  { "bad/huge-integer.json", LADDER_PROFILE_ERROR_NOT_JSON, "too large" },
  { "bad/trailing-text.json", LADDER_PROFILE_ERROR_NOT_JSON, "more text after" },
  { "bad/trailing-comma.json", LADDER_PROFILE_ERROR_NOT_JSON, "member name" },
  { "bad/empty-value.json", LADDER_PROFILE_ERROR_NOT_JSON, "line 1, column 78: a value was expected" },
  /* Edits find entries by these: two with one would send an edit to the wrong one. */
  { "bad/duplicate-plan-id.json", LADDER_PROFILE_ERROR_UNKNOWN_ID, "“plan.items[1].id” is “h1”" },
  { "bad/duplicate-question.json", LADDER_PROFILE_ERROR_UNKNOWN_ID, "“interview[1].question”" },
  { "bad/empty.json", LADDER_PROFILE_ERROR_NOT_JSON, "empty" },
  { "bad/invalid-utf8.json", LADDER_PROFILE_ERROR_NOT_JSON, "UTF-8" },
  { "bad/nul-byte.json", LADDER_PROFILE_ERROR_NOT_JSON, "NUL" },
  { "bad/not-object.json", LADDER_PROFILE_ERROR_NOT_PROFILE, "not a Ladder profile" },
  { "bad/not-profile.json", LADDER_PROFILE_ERROR_NOT_PROFILE, "ladder-profile" },
  { "bad/wrong-type-name.json", LADDER_PROFILE_ERROR_WRONG_TYPE, "“name” must be text" },
  { "bad/wrong-type-skills.json", LADDER_PROFILE_ERROR_WRONG_TYPE, "“skills” must be a list" },
  { "bad/missing-name.json", LADDER_PROFILE_ERROR_WRONG_TYPE, "“name” is missing" },
  { "bad/out-of-range-level.json", LADDER_PROFILE_ERROR_OUT_OF_RANGE, "skills[3].current" },
  { "bad/negative-level.json", LADDER_PROFILE_ERROR_OUT_OF_RANGE, "skills[0].target" },
  { "bad/fractional-level.json", LADDER_PROFILE_ERROR_WRONG_TYPE, "whole number" },
  { "bad/huge-number.json", LADDER_PROFILE_ERROR_OUT_OF_RANGE, "years_experience" },
  { "bad/unknown-skill.json", LADDER_PROFILE_ERROR_UNKNOWN_ID, "juggling" },
  { "bad/unknown-rung.json", LADDER_PROFILE_ERROR_UNKNOWN_ID, "ceo" },
  { "bad/unknown-industry.json", LADDER_PROFILE_ERROR_UNKNOWN_ID, "space-mining" },
  { "bad/oversized-name.json", LADDER_PROFILE_ERROR_TOO_LARGE, "200" },
  { "bad/deep-nesting.json", LADDER_PROFILE_ERROR_TOO_LARGE, "nested" },
  { "bad/duplicate-skill.json", LADDER_PROFILE_ERROR_UNKNOWN_ID, "twice" },
  { "bad/bad-status.json", LADDER_PROFILE_ERROR_UNKNOWN_ID, "maybe" },
  { "bad/lone-surrogate.json", LADDER_PROFILE_ERROR_NOT_JSON, "line 4, column 14: a lone surrogate" },
  /* json-glib would write these back as "1e+21.0" and "-inf.0": not JSON. */
  { "bad/unknown-huge-double.json", LADDER_PROFILE_ERROR_OUT_OF_RANGE, "“x-tool-score”" },
  { "bad/unknown-infinite.json", LADDER_PROFILE_ERROR_OUT_OF_RANGE, "“x-tool.history[2]”" },
};

/* Numbers with exponents that can be kept are written so that they read back, equal. */
static void
test_unknown_exponents_round_trip (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderProfile) profile = load_test_file ("good/unknown-exponents.json", &error);
  g_autoptr (LadderProfile) again = NULL;
  g_autofree char *text = NULL;
  g_autofree char *text_again = NULL;
  gsize length;

  g_assert_no_error (error);
  text = ladder_profile_to_data (profile, &length);
  again = ladder_profile_new_from_data (text, length, &error);
  g_assert_no_error (error);
  text_again = ladder_profile_to_data (again, NULL);
  g_assert_cmpstr (text_again, ==, text);
  g_assert_nonnull (strstr (text, "1.5e+21"));
}

static void
test_refusal (gconstpointer data)
{
  const Refusal *refusal = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderProfile) profile = load_test_file (refusal->file, &error);

  g_assert_null (profile);
  g_assert_error (error, LADDER_PROFILE_ERROR, (int) refusal->code);
  g_test_message ("%s: %s", refusal->file, error->message);
  if (strstr (error->message, refusal->words) == NULL)
    g_error ("“%s” does not say “%s”", error->message, refusal->words);
  g_assert_null (strchr (error->message, '\n'));

  /* Reading only the name (as the profile list does) refuses what is wrong with the text or
   * the header in the same words, and leaves the rest for opening. */
  {
    g_autoptr (GError) peek_error = NULL;
    g_autofree char *data = NULL;
    g_autofree char *name = NULL;
    gsize length;
    gboolean in_header = refusal->code == LADDER_PROFILE_ERROR_NOT_JSON ||
                         refusal->code == LADDER_PROFILE_ERROR_NOT_PROFILE ||
                         strstr (refusal->file, "name") != NULL ||
                         g_str_equal (refusal->file, "bad/deep-nesting.json");

    data = read_test_file (refusal->file, &length);
    name = ladder_profile_peek_name (data, length, &peek_error);
    if (in_header)
      {
        g_assert_null (name);
        g_assert_error (peek_error, LADDER_PROFILE_ERROR, (int) refusal->code);
        g_assert_cmpstr (peek_error->message, ==, error->message);
      }
    else
      {
        g_assert_no_error (peek_error);
        g_assert_nonnull (name);
      }
  }
}

/* The name read alone is the name the whole reading gives, escapes and all. */
static void
test_peek_name (void)
{
  static const char *names[] = { "good/bom.json", "good/hostile-text.json",
                                 "good/newer-version.json", "good/optional-members.json",
                                 "good/unknown-exponents.json", "good/unknown-members.json" };
  const char *escaped = "  {\"version\": 1, \"skills\": [{\"name\": \"not this\"}],"
                        "\"name\": \"Tab\\there \\\"é\\u00e9\\ud83d\\ude80 \\/<&>\\n\","
                        "\"format\": \"ladder-profile\"}";
  g_autoptr (GError) error = NULL;
  g_autofree char *peeked = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *data = NULL;
      g_autofree char *name = NULL;
      g_autoptr (LadderProfile) profile = NULL;
      gsize length;

      data = read_test_file (names[i], &length);
      profile = ladder_profile_new_from_data (data, length, &error);
      g_assert_no_error (error);
      name = ladder_profile_peek_name (data, length, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (name, ==, ladder_profile_get_name (profile));
    }
  peeked = ladder_profile_peek_name (escaped, strlen (escaped), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (peeked, ==, "Tab\there \"éé🚀 /<&>\n");
}

static void
test_too_many_entries (void)
{
  g_autoptr (GString) json = g_string_new ("{\"format\":\"ladder-profile\",\"version\":1,"
                                           "\"name\":\"Many\",\"position\":{\"track\":\"expert\","
                                           "\"rung\":\"pm\"},\"target\":{\"track\":\"expert\","
                                           "\"rung\":\"senior-pm\"},\"evidence\":[");
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderProfile) profile = NULL;

  for (guint i = 0; i <= LADDER_MAX_EVIDENCE; i++)
    g_string_append_printf (json, "%s{\"text\":\"e%u\"}", i > 0 ? "," : "", i);
  g_string_append (json, "]}");
  profile = ladder_profile_new_from_data (json->str, json->len, &error);
  g_assert_null (profile);
  g_assert_error (error, LADDER_PROFILE_ERROR, LADDER_PROFILE_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "evidence"));
}

static void
test_copy (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderProfile) profile = load_test_file ("good/newer-version.json", &error);
  g_autoptr (LadderProfile) copy = NULL;

  g_assert_no_error (error);
  copy = ladder_profile_copy (profile);
  g_assert_cmpstr (ladder_profile_get_name (copy), ==, ladder_profile_get_name (profile));
  g_assert_false (ladder_profile_get_read_only (copy));
  ladder_profile_set_name (copy, "Other");
  g_assert_cmpstr (ladder_profile_get_name (profile), ==, "Li Wei");
}

/* What @profile writes reads back to a profile that writes the very same text.
 * Returns: (transfer full): that text */
static char *
assert_writes_back (LadderProfile *profile)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderProfile) again = NULL;
  g_autofree char *first = NULL;
  char *second;
  gsize length;

  first = ladder_profile_to_data (profile, &length);
  again = ladder_profile_new_from_data (first, length, &error);
  g_assert_no_error (error);
  second = ladder_profile_to_data (again, NULL);
  g_assert_cmpstr (first, ==, second);
  return second;
}

/* Every good file reads, and what is written back reads to the same text again; the optional
 * members (applying, review month, removed items, what drafted an answer) survive. */
static void
test_good_files (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "good", NULL);
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *file = g_build_filename ("good", name, NULL);
      g_autoptr (GError) error = NULL;
      g_autoptr (LadderProfile) profile = load_test_file (file, &error);
      g_autoptr (LadderProfile) again = NULL;
      g_autofree char *second = NULL;

      g_assert_no_error (error);
      second = assert_writes_back (profile);
      if (g_str_equal (name, "optional-members.json"))
        {
          again = ladder_profile_new_from_data (second, strlen (second), &error);
          g_assert_no_error (error);
          g_assert_cmpstr (ladder_profile_get_applying_company (again), ==, "Acme <AI> & «Co» 🚀");
          g_assert_cmpstr (ladder_profile_get_applying_role (again), ==,
                           "Product Manager, Search");
          g_assert_nonnull (strstr (second, "\"x-future\" : 1"));
          g_assert_cmpuint (ladder_profile_get_review_month (again), ==, 6);
          g_assert_true (ladder_profile_plan_item_was_removed (again, "internet-3"));
          g_assert_cmpstr (ladder_profile_get_answer (again, 0)->drafted_as, ==, "2:en");
        }
      n++;
    }
  g_assert_cmpuint (n, >=, 6);
}

/* Inputs the fuzzer once found a fault with: each is refused cleanly or written back exactly. */
static void
test_fuzz_regressions (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "fuzz", NULL);
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *file = g_build_filename ("fuzz", name, NULL);
      g_autoptr (GError) error = NULL;
      g_autoptr (GError) peek_error = NULL;
      g_autoptr (LadderProfile) profile = load_test_file (file, &error);
      g_autofree char *data = NULL;
      g_autofree char *peeked = NULL;
      gsize length;

      n++;
      /* The name read alone agrees with the whole reading (fuzz-profile's check): what it
       * refuses, the whole reading refuses (maybe for a reason it checks first). */
      data = read_test_file (file, &length);
      peeked = ladder_profile_peek_name (data, length, &peek_error);
      if (peeked == NULL)
        {
          g_assert_null (profile);
          g_assert_nonnull (peek_error);
        }
      else if (profile != NULL)
        g_assert_cmpstr (peeked, ==, ladder_profile_get_name (profile));
      if (profile == NULL)
        {
          g_assert_nonnull (error);
          continue;
        }
      g_free (assert_writes_back (profile));
    }
  g_assert_cmpuint (n, >, 0);
}

static const char *
history_date (LadderProfile *profile,
              guint          index)
{
  JsonArray *history = ladder_profile_get_history (profile);

  return json_object_get_string_member (json_array_get_object_element (history, index), "date");
}

static gint64
history_level (LadderProfile *profile,
               guint          index,
               const char    *skill)
{
  JsonArray *history = ladder_profile_get_history (profile);
  JsonObject *entry = json_array_get_object_element (history, index);

  return json_object_get_int_member (json_object_get_object_member (entry, "skills"), skill);
}

/* Every change of a current level is remembered with no action from the person: one snapshot a
 * day, the last change of the day wins; the first change also keeps the levels from before it,
 * dated when the profile was made. A target change is not a rating. Through the file too. */
static void
test_history_recorded (void)
{
  g_autoptr (LadderProfile) profile = ladder_profile_new ("History");
  g_autoptr (LadderProfile) again = NULL;
  g_autofree char *data = NULL;
  int before = ladder_profile_lookup_skill (profile, "apis")->current;
  int target = ladder_profile_lookup_skill (profile, "apis")->target;
  gsize length;

  g_assert_cmpuint (ladder_profile_get_n_history (profile), ==, 0);
  ladder_profile_override_today ("2030-03-01");
  ladder_profile_set_skill_levels (profile, "apis", before, 5);
  g_assert_cmpuint (ladder_profile_get_n_history (profile), ==, 0);
  ladder_profile_set_skill_levels (profile, "apis", (before + 1) % 6, target);
  g_assert_cmpuint (ladder_profile_get_n_history (profile), ==, 2);
  g_assert_cmpint (history_level (profile, 0, "apis"), ==, before);
  g_assert_cmpstr (history_date (profile, 1), ==, "2030-03-01");
  ladder_profile_set_skill_levels (profile, "apis", (before + 2) % 6, target);
  g_assert_cmpuint (ladder_profile_get_n_history (profile), ==, 2);
  g_assert_cmpint (history_level (profile, 1, "apis"), ==, (before + 2) % 6);

  ladder_profile_override_today ("2030-03-02");
  ladder_profile_set_skill_levels (profile, "apis", (before + 3) % 6, target);
  g_assert_cmpuint (ladder_profile_get_n_history (profile), ==, 3);
  g_assert_cmpstr (history_date (profile, 2), ==, "2030-03-02");
  ladder_profile_override_today (NULL);

  data = ladder_profile_to_data (profile, &length);
  again = ladder_profile_new_from_data (data, length, NULL);
  g_assert_nonnull (again);
  g_assert_cmpuint (ladder_profile_get_n_history (again), ==, 3);
  g_assert_cmpint (history_level (again, 2, "apis"), ==, (before + 3) % 6);
}

/* What moved on each day of the history: the table beside the chart says it. */
static void
test_history_changes (void)
{
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Changes");
  int apis = ladder_profile_lookup_skill (profile, "apis")->current;
  int discovery = ladder_profile_lookup_skill (profile, "discovery")->current;
  g_autoptr (GArray) first = NULL;
  g_autoptr (GArray) second = NULL;
  g_autoptr (GArray) third = NULL;
  g_autoptr (GArray) beyond = NULL;
  const LadderRatingChange *change;

  ladder_profile_override_today ("2030-03-01");
  ladder_profile_set_skill_levels (profile, "apis", (apis + 1) % 6, 5);
  ladder_profile_override_today ("2030-04-01");
  ladder_profile_set_skill_levels (profile, "apis", (apis + 2) % 6, 5);
  ladder_profile_set_skill_levels (profile, "discovery", (discovery + 1) % 6, 5);
  ladder_profile_override_today (NULL);
  g_assert_cmpuint (ladder_profile_get_n_history (profile), ==, 3);

  /* Where the history starts: nothing moved. */
  first = ladder_profile_get_history_changes (profile, 0);
  g_assert_cmpuint (first->len, ==, 0);
  second = ladder_profile_get_history_changes (profile, 1);
  g_assert_cmpuint (second->len, ==, 1);
  change = &g_array_index (second, LadderRatingChange, 0);
  g_assert_cmpstr (change->skill, ==, "apis");
  g_assert_cmpint (change->from, ==, apis);
  g_assert_cmpint (change->to, ==, (apis + 1) % 6);
  /* Two skills on one day, in the profile's order (discovery comes first in it). */
  third = ladder_profile_get_history_changes (profile, 2);
  g_assert_cmpuint (third->len, ==, 2);
  g_assert_cmpstr (g_array_index (third, LadderRatingChange, 0).skill, ==, "discovery");
  g_assert_cmpint (g_array_index (third, LadderRatingChange, 0).from, ==, discovery);
  g_assert_cmpint (g_array_index (third, LadderRatingChange, 0).to, ==, (discovery + 1) % 6);
  g_assert_cmpstr (g_array_index (third, LadderRatingChange, 1).skill, ==, "apis");
  g_assert_cmpint (g_array_index (third, LadderRatingChange, 1).from, ==, (apis + 1) % 6);
  beyond = ladder_profile_get_history_changes (profile, 3);
  g_assert_cmpuint (beyond->len, ==, 0);
}

/* Two years of daily ratings stay small: after a year, each month keeps its first and last
 * snapshot; the very first snapshot stays. */
static void
test_history_thinned (void)
{
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Daily");
  GDate *day = g_date_new_dmy (1, G_DATE_JANUARY, 2031);
  g_autofree char *first = NULL;
  guint n;

  for (guint i = 0; i < 730; i++)
    {
      char date[16];

      g_date_strftime (date, sizeof date, "%Y-%m-%d", day);
      ladder_profile_override_today (date);
      const LadderProfileSkill *apis = ladder_profile_lookup_skill (profile, "apis");

      ladder_profile_set_skill_levels (profile, "apis", (apis->current + 1) % 6, apis->target);
      g_date_add_days (day, 1);
    }
  ladder_profile_override_today (NULL);
  g_date_free (day);
  n = ladder_profile_get_n_history (profile);
  g_assert_cmpuint (n, <, 400 + 2 * 13);
  g_assert_cmpuint (n, >=, 365);
  first = g_strdup (history_date (profile, 0));
  g_assert_true (g_str_has_prefix (first, "20")); /* the levels before the first change */
  g_assert_cmpstr (history_date (profile, 1), ==, "2031-01-01");
  g_assert_cmpstr (history_date (profile, n - 1), ==, "2032-12-30");
  /* January 2031, long past: its first and last days only. */
  g_assert_cmpstr (history_date (profile, 2), ==, "2031-01-31");
  g_assert_cmpstr (history_date (profile, 3), ==, "2031-02-01");
}

/* Evidence: added in date order, replaced and removed in place; what the person wrote (markup,
 * RTL marks, emoji, a link that is no URL) goes through the file as written. */
static void
test_evidence (void)
{
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Evidence");
  g_autoptr (LadderProfile) again = NULL;
  g_autofree char *data = NULL;
  const char *odd = "Shipped <b>search</b> & “filters” \u200fمرحبا\u200f 🚀";
  const LadderEvidence *entry;
  gsize length;

  ladder_profile_add_evidence (profile, ladder_evidence_new ("2027-03-01", "apis", "March", NULL,
                                                             NULL, NULL));
  ladder_profile_add_evidence (profile, ladder_evidence_new ("2027-01-15", NULL, odd,
                                                             "GMV +3 %", "not a url",
                                                             "apis-2"));
  ladder_profile_add_evidence (profile, ladder_evidence_new (NULL, NULL, "Undated", "", "",
                                                             ""));
  g_assert_cmpuint (ladder_profile_get_n_evidence (profile), ==, 3);
  g_assert_cmpstr (ladder_profile_get_evidence (profile, 0)->text, ==, odd);
  g_assert_cmpstr (ladder_profile_get_evidence (profile, 1)->text, ==, "March");
  g_assert_null (ladder_profile_get_evidence (profile, 2)->outcome);

  ladder_profile_replace_evidence (profile, 1, ladder_evidence_new ("2026-12-01", "apis",
                                                                    "December", NULL, NULL,
                                                                    NULL));
  g_assert_cmpstr (ladder_profile_get_evidence (profile, 0)->text, ==, "December");
  ladder_profile_remove_evidence (profile, 2);
  g_assert_cmpuint (ladder_profile_get_n_evidence (profile), ==, 2);

  data = ladder_profile_to_data (profile, &length);
  again = ladder_profile_new_from_data (data, length, NULL);
  g_assert_nonnull (again);
  entry = ladder_profile_get_evidence (again, 1);
  g_assert_cmpstr (entry->text, ==, odd);
  g_assert_cmpstr (entry->outcome, ==, "GMV +3 %");
  g_assert_cmpstr (entry->link, ==, "not a url");
  g_assert_cmpstr (entry->plan_item, ==, "apis-2");
  g_assert_cmpstr (entry->date, ==, "2027-01-15");
}

/* Removing one's own skill leaves no plan item or evidence naming it: the file reads back. */
static void
test_remove_skill_references (void)
{
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Own");
  g_autoptr (LadderProfile) again = NULL;
  g_autoptr (GPtrArray) plan = g_ptr_array_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *data = NULL;
  g_autofree char *id = NULL;
  LadderProfileSkill *own;
  gsize length;

  id = ladder_profile_add_skill (profile, "Supply chain", "business");
  g_ptr_array_add (plan, ladder_plan_item_new ("own-1", "action", 1, 1, id, "Learn it", NULL));
  ladder_profile_set_plan (profile, g_steal_pointer (&plan), NULL);
  ladder_profile_add_evidence (profile, ladder_evidence_new ("2027-01-01", id, "Did it", NULL,
                                                             NULL, NULL));
  own = ladder_profile_remove_skill (profile, id, NULL);
  g_assert_nonnull (own);
  ladder_profile_skill_free (own);
  g_assert_null (ladder_profile_get_plan_item (profile, 0)->skill);
  g_assert_null (ladder_profile_get_evidence (profile, 0)->skill);
  data = ladder_profile_to_data (profile, &length);
  again = ladder_profile_new_from_data (data, length, &error);
  g_assert_no_error (error);
}

/* Two copies compared: built-in skills by id, one's own by name (each copy numbers them its own
 * way); only differing levels. */
static void
test_compare_ratings (void)
{
  g_autoptr (LadderProfile) mine = ladder_profile_new ("Mine");
  g_autoptr (LadderProfile) theirs = ladder_profile_new ("Theirs");
  g_autofree char *a = ladder_profile_add_skill (mine, "Supply chain", "business");
  g_autofree char *b = ladder_profile_add_skill (theirs, "Something else", "business");
  g_autofree char *c = ladder_profile_add_skill (theirs, "Supply chain", "business");
  g_autoptr (GArray) differences = NULL;
  const LadderRatingDifference *first, *second;

  ladder_profile_set_skill_levels (mine, a, 2, 3);
  ladder_profile_set_skill_levels (theirs, c, 4, 4);
  ladder_profile_set_skill_levels (theirs, "apis",
                                   (ladder_profile_lookup_skill (mine, "apis")->current + 1) % 6,
                                   5);
  differences = ladder_profile_compare_ratings (mine, theirs);
  g_assert_cmpuint (differences->len, ==, 2);
  first = &g_array_index (differences, LadderRatingDifference, 0);
  second = &g_array_index (differences, LadderRatingDifference, 1);
  g_assert_cmpstr (first->skill, ==, "apis");
  g_assert_cmpstr (second->skill, ==, a);
  g_assert_cmpint (second->mine, ==, 2);
  g_assert_cmpint (second->theirs, ==, 4);
}

/* A check-in moves a last-quarter item into the next year, keeps its words untouched (so that
 * they still follow the language), and its entry goes through the file. */
static void
test_check_in (void)
{
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Check-in");
  g_autoptr (LadderProfile) again = NULL;
  g_autoptr (GPtrArray) plan = g_ptr_array_new ();
  const char *moved[] = { "q4", NULL };
  const char *done[] = { "q1", NULL };
  g_autofree char *data = NULL;
  const LadderPlanItem *item;
  gsize length;

  g_ptr_array_add (plan, ladder_plan_item_new ("q1", "action", 1, 1, NULL, "One", NULL));
  g_ptr_array_add (plan, ladder_plan_item_new ("q4", "action", 1, 4, NULL, "Four", NULL));
  g_ptr_array_add (plan, ladder_plan_item_new ("y2", "action", 2, 1, NULL, "Next year", NULL));
  ladder_profile_set_plan (profile, g_steal_pointer (&plan), "2027-01-01T00:00:00Z");
  ladder_profile_override_today ("2028-01-05");
  ladder_profile_check_in (profile, "2027 Q4", done, moved, "Fewer meetings");
  ladder_profile_override_today (NULL);
  item = ladder_profile_lookup_plan_item (profile, "q4", NULL);
  g_assert_cmpuint (item->year, ==, 2);
  g_assert_cmpuint (item->quarter, ==, 1);
  g_assert_false (item->edited);
  g_assert_cmpint (ladder_profile_lookup_plan_item (profile, "q1", NULL)->status, ==,
                   LADDER_STATUS_DONE);
  g_assert_cmpstr (ladder_profile_get_plan_item (profile, 2)->id, ==, "q4");

  data = ladder_profile_to_data (profile, &length);
  again = ladder_profile_new_from_data (data, length, NULL);
  g_assert_nonnull (again);
  g_assert_cmpuint (ladder_profile_get_n_checkins (again), ==, 1);
  g_assert_cmpstr (ladder_profile_get_checkin_date (again, 0), ==, "2028-01-05");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/profile/new", test_new);
  g_test_add_func ("/profile/notify", test_notify);
  g_test_add_func ("/profile/round-trip", test_round_trip);
  g_test_add_func ("/profile/unknown-members-kept", test_unknown_members_kept);
  g_test_add_func ("/profile/unknown-exponents-round-trip", test_unknown_exponents_round_trip);
  g_test_add_func ("/profile/hostile-text", test_hostile_text);
  g_test_add_func ("/profile/bom", test_bom);
  g_test_add_func ("/profile/newer-version", test_newer_version);
  g_test_add_func ("/profile/too-many-entries", test_too_many_entries);
  g_test_add_func ("/profile/copy", test_copy);
  g_test_add_func ("/profile/fuzz-regressions", test_fuzz_regressions);
  g_test_add_func ("/profile/good-files", test_good_files);
  g_test_add_func ("/profile/peek-name", test_peek_name);
  g_test_add_func ("/profile/history-recorded", test_history_recorded);
  g_test_add_func ("/profile/history-changes", test_history_changes);
  g_test_add_func ("/profile/history-thinned", test_history_thinned);
  g_test_add_func ("/profile/evidence", test_evidence);
  g_test_add_func ("/profile/remove-skill-references", test_remove_skill_references);
  g_test_add_func ("/profile/compare-ratings", test_compare_ratings);
  g_test_add_func ("/profile/check-in", test_check_in);
  for (guint i = 0; i < G_N_ELEMENTS (refusals); i++)
    {
      g_autofree char *path = g_strdup_printf ("/profile/refuse/%s", refusals[i].file + 4);

      g_test_add_data_func (path, &refusals[i], test_refusal);
    }

  return g_test_run ();
}
