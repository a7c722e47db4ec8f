/* SPDX-License-Identifier: GPL-3.0-or-later
 * A company's own ladder: competency matrices saved as CSV in the shapes spreadsheets write,
 * every refusal with its row or column, the store of ladders, and a profile on such a ladder
 * through the planner, readiness, the drafts, the Markdown and the PDF. */
#include "config.h"

#include "ladder-test-env.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ladder-format.h"
#include "ladder-framework-csv.h"
#include "ladder-framework-store.h"
#include "ladder-interview.h"
#include "ladder-planner.h"
#include "ladder-readiness.h"
#include "ladder-report.h"
#include "ladder-store.h"

static LadderFramework *
from_csv (const char  *text,
          const char  *name,
          GError     **error)
{
  g_autoptr (LadderCsv) csv = ladder_csv_parse (text, strlen (text), error);
  g_autoptr (LadderCsvShape) shape = NULL;

  if (csv == NULL)
    return NULL;
  shape = ladder_csv_detect_shape (csv, name);
  return ladder_framework_new_from_csv (csv, shape, error);
}

/* The shapes a spreadsheet saves: separators, quotes, line breaks inside cells, a byte order
 * mark, CRLF, headers in three languages, group columns titled and not. */
static void
test_csv_shapes (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFramework) plain = NULL;
  g_autoptr (LadderFramework) semicolons = NULL;
  g_autoptr (LadderFramework) tabs = NULL;
  g_autoptr (LadderFramework) russian = NULL;
  g_autoptr (LadderCsv) csv = NULL;
  g_autoptr (LadderCsvShape) shape = NULL;
  const LadderSkill *skill;
  const LadderTrack *track;
  const char *semicolon_text =
    "\xef\xbb\xbf" ";Competency;Description;PM1;PM2;PM3\r\n"
    "Craft;Discovery;\"Finding problems; worth solving\";Joins interviews;\"Runs interviews.\r\n"
    "Writes up \"\"findings\"\".\";Plans research\r\n"
    ";Delivery;Shipping;Ships small changes;Ships features;\r\n"
    "Business;Money;;=HYPERLINK(\"http://x\");<b>Tracks</b> & metrics;Owns a line\r\n"
    "\r\n";

  /* Commas and LF, no group column: one group, levels 1–3. */
  plain = from_csv ("Competency,Junior,Middle,Senior\n"
                    "Discovery,Listens,Interviews,Leads research\n"
                    "Delivery,Ships,Ships more,Ships most\n", "Plain", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ladder_framework_get_n_groups (plain), ==, 1);
  g_assert_cmpuint (ladder_framework_get_n_skills (plain), ==, 2);
  g_assert_cmpuint (ladder_framework_get_n_tracks (plain), ==, 1);
  track = ladder_framework_get_track (plain, 0);
  g_assert_cmpuint (track->n_rungs, ==, 3);
  g_assert_cmpstr (track->rungs[2].title, ==, "Senior");
  g_assert_cmpint (ladder_framework_rung_expects (plain, &track->rungs[2], "s1"), ==, 3);
  skill = ladder_framework_get_skill (plain, 0);
  g_assert_cmpstr (skill->levels[2], ==, "Interviews");
  g_assert_cmpstr (ladder_framework_get_name (plain), ==, "Plain");

  /* Semicolons, a byte order mark, CRLF, an untitled group column from merged cells. */
  csv = ladder_csv_parse (semicolon_text, strlen (semicolon_text), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ladder_csv_get_separator (csv), ==, ';');
  shape = ladder_csv_detect_shape (csv, "Acme");
  g_assert_cmpint (shape->roles[0], ==, LADDER_COLUMN_GROUP);
  g_assert_cmpint (shape->roles[1], ==, LADDER_COLUMN_NAME);
  g_assert_cmpint (shape->roles[2], ==, LADDER_COLUMN_DESCRIPTION);
  g_assert_cmpint (shape->roles[3], ==, LADDER_COLUMN_LEVEL);
  semicolons = ladder_framework_new_from_csv (csv, shape, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ladder_framework_get_n_groups (semicolons), ==, 2);
  g_assert_cmpstr (ladder_framework_get_group (semicolons, 1)->title, ==, "Business");
  skill = ladder_framework_lookup_skill (semicolons, "s2");
  g_assert_cmpstr (skill->title, ==, "Delivery");
  g_assert_cmpstr (skill->group, ==, "g1");
  skill = ladder_framework_lookup_skill (semicolons, "s1");
  g_assert_cmpstr (skill->levels[2], ==, "Runs interviews.\nWrites up \"findings\".");
  skill = ladder_framework_lookup_skill (semicolons, "s3");
  /* A formula is text, markup is text. */
  g_assert_cmpstr (skill->levels[1], ==, "=HYPERLINK(\"http://x\")");
  g_assert_cmpstr (skill->levels[2], ==, "<b>Tracks</b> & metrics");
  track = ladder_framework_get_track (semicolons, 0);
  /* An empty cell asks no more than the level below did. */
  g_assert_cmpint (ladder_framework_rung_expects (semicolons, &track->rungs[2], "s2"), ==, 2);
  g_assert_nonnull (strstr (track->rungs[1].expectations, "Discovery: Runs interviews."));

  /* Tabs, Chinese headers; then Russian headers with semicolons. */
  tabs = from_csv ("类别\t能力\t描述\tP1\tP2\tP3\tP4\tP5\tP6\tP7\tP8\n"
                   "产品\t用户研究\t说明\ta\tb\tc\td\te\tf\tg\th\n", "公司", &error);
  g_assert_no_error (error);
  track = ladder_framework_get_track (tabs, 0);
  g_assert_cmpuint (track->n_rungs, ==, 8);
  /* Eight levels spread over 1–5, lowest first, the top one at 5. */
  g_assert_cmpint (track->rungs[0].expects[0], ==, 1);
  g_assert_cmpint (track->rungs[7].expects[0], ==, 5);
  g_assert_cmpstr (ladder_framework_get_group (tabs, 0)->title, ==, "产品");
  russian = from_csv ("Группа;Компетенция;Junior;Middle;Senior\n"
                      "Продукт;Исследования;Слушает;Проводит интервью;Ведёт исследования\n",
                      "Компания", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ladder_framework_get_skill (russian, 0)->title, ==, "Исследования");
  g_assert_cmpstr (ladder_framework_get_group (russian, 0)->title, ==, "Продукт");
}

static void
assert_refused (const char *text,
                gsize       length,
                const char *expected)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderCsv) csv = ladder_csv_parse (text, length, &error);
  g_autoptr (LadderCsvShape) shape = NULL;
  g_autoptr (LadderFramework) framework = NULL;

  if (csv != NULL)
    {
      shape = ladder_csv_detect_shape (csv, "Bad");
      framework = ladder_framework_new_from_csv (csv, shape, &error);
    }
  g_assert_null (framework);
  g_assert_nonnull (error);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” does not say “%s”", error->message, expected);
}

/* Every bad file is refused with one line naming the row or column; nothing is made. */
static void
test_csv_refusals (void)
{
  g_autoptr (GString) many = g_string_new ("Competency,L1,L2\n");
  g_autoptr (GString) big_cell = g_string_new ("Competency,L1\nDiscovery,");
  g_autoptr (GString) many_groups = g_string_new ("Group,Competency,L1\n");
  g_autoptr (GString) many_levels = g_string_new ("Competency");

  assert_refused ("Competency\nDiscovery\n", 19, "Only one column");
  assert_refused ("Competency,L1,,L3\nDiscovery,a,b,c\n", 34, "Column C has no title");
  assert_refused ("Competency,L1\nDiscovery,a\nDelivery,b\nDiscovery,c\n", 46,
                  "Row 4: the competency “Discovery” is listed twice (first in row 2)");
  assert_refused ("Competency,L1\nDisc\0very,a\n", 26, "zero bytes");
  assert_refused ("Competency,L1\nD\xe9livery,a\n", 25, "Line 2 is not UTF-8");
  assert_refused ("\xff\xfe" "C\0o\0", 6, "UTF-16");
  assert_refused ("Competency,L1\nDiscovery,\"open\n", 30,
                  "A quoted cell that starts on line 2 is never closed");
  assert_refused ("Competency,L1\n", 14, "No competencies were found");
  assert_refused ("Competency,L1\n,a\n", 17, "Row 2 has levels but no competency name");
  assert_refused ("", 0, "The file is empty");

  for (guint i = 0; i < 10000; i++)
    g_string_append_printf (many, "Skill %u,a,b\n", i);
  assert_refused (many->str, many->len, "The file has 10000 competencies; a ladder can have at most 60");
  for (guint i = 0; i < 1024 * 1024; i++)
    g_string_append_c (big_cell, 'x');
  g_string_append_c (big_cell, '\n');
  assert_refused (big_cell->str, big_cell->len,
                  "Row 2, column B: a cell can hold at most 2000 characters");
  for (guint i = 0; i < 11; i++)
    g_string_append_printf (many_groups, "G%u,Skill %u,a\n", i, i);
  assert_refused (many_groups->str, many_groups->len, "The file has 11 groups");
  for (guint i = 0; i < 13; i++)
    g_string_append_printf (many_levels, ",L%u", i);
  g_string_append (many_levels, "\nDiscovery,a,b,c,d,e,f,g,h,i,j,k,l,m\n");
  assert_refused (many_levels->str, many_levels->len, "at most 12 levels");
}

/* A framework file that is JSON but does not hold together. */
static void
test_json_refusals (void)
{
  const struct
  {
    const char *text;
    const char *expected;
  } cases[] = {
    { "{\"format\":\"ladder-framework\",\"version\":1,\"id\":\"x\",\"groups\":[{\"id\":\"g\","
      "\"title\":\"G\"}],\"skills\":[{\"id\":\"s\",\"group\":\"g\",\"title\":\"S\",\"levels\":"
      "[\"\",\"\",\"\",\"\",\"\",\"\"]}],\"tracks\":[{\"id\":\"t\",\"title\":\"T\",\"rungs\":[{\"id\""
      ":\"r\",\"title\":\"R\",\"expects\":{\"s\":1,\"ghost\":2}}]}]}",
      "names a skill this framework does not have" },
    { "{\"format\":\"ladder-framework\",\"version\":1,\"id\":\"x\",\"groups\":[{\"id\":\"g\","
      "\"title\":\"G\"}],\"skills\":[{\"id\":\"s\",\"group\":\"g\",\"title\":\"S\",\"levels\":"
      "[\"\",\"\",\"\",\"\",\"\",\"\"]}],\"tracks\":[{\"id\":\"t\",\"title\":\"T\",\"rungs\":[{\"id\""
      ":\"r\",\"title\":\"R\",\"expects\":{\"s\":9}}]}]}",
      "“tracks[0].rungs[0].expects.s” is 9, but it must be from 0 to 5" },
    { "{\"format\":\"ladder-framework\",\"version\":1,\"id\":\"x\",\"groups\":[{\"id\":\"g\","
      "\"title\":\"G\"}],\"skills\":[{\"id\":\"s\",\"group\":\"g\",\"title\":\"S\",\"levels\":"
      "[\"\",\"\",\"\",\"\",\"\",\"\"]}],\"tracks\":[{\"id\":\"t\",\"title\":\"T\",\"rungs\":[]}]}",
      "“tracks[0].rungs” must have at least 1 entry" },
    { "{\"format\":\"ladder-framework\",\"version\":1,\"id\":\"x\",\"groups\":[{\"id\":\"g\","
      "\"title\":\"G\"}],\"skills\":[{\"id\":\"s\",\"group\":\"g\",\"title\":\"S\",\"levels\":"
      "[\"\",\"\",\"\",\"\",\"\",\"\"]}],\"tracks\":[{\"id\":\"t\",\"title\":\"T\",\"rungs\":[{\"id\""
      ":\"r\",\"title\":\"R\",\"expects\":{\"s\":1}}]}],\"rules\":{\"floors\":[{\"when\":"
      "{\"industry\":[\"space\"]},\"level\":2,\"skills\":[\"s\"]}]}}",
      "“rules.floors[0].when.industry” names “space”, which this framework does not have" },
    { "{\"format\":\"ladder-framework\",\"version\":1,\"id\":\"x\",\"groups\":[{\"id\":\"g\","
      "\"title\":\"G\"}],\"skills\":[{\"id\":\"s\",\"group\":\"g\",\"title\":\"S\",\"levels\":"
      "[\"\",\"\",\"\",\"\",\"\",\"\"]}],\"tracks\":[{\"id\":\"t\",\"title\":\"T\",\"rungs\":[{\"id\""
      ":\"r\",\"title\":\"R\",\"expects\":{\"s\":1}}]}],\"rules\":{\"prerequisites\":[{\"skill\":"
      "\"s\",\"needs\":\"ghost\",\"offset\":0,\"at_least\":1,\"from_level\":1}]}}",
      "“rules.prerequisites[0]” names a skill this framework does not have" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (LadderFramework) framework = ladder_framework_new_from_data (
        cases[i].text, strlen (cases[i].text), &error);

      g_assert_null (framework);
      g_assert_nonnull (error);
      if (strstr (error->message, cases[i].expected) == NULL)
        g_error ("“%s” does not say “%s”", error->message, cases[i].expected);
    }
}

static const char *acme =
  "Area,Competency,APM,PM,Senior PM,Principal PM,Group PM,Director\n"
  "Craft,Discovery,Joins interviews,Runs interviews,Plans research,Sets practice,Coaches PMs,"
  "Owns strategy\n"
  ",Delivery,Ships small changes,Ships features,Ships projects,Ships bets,Runs a group,"
  "Runs the org\n"
  "Business,Money,Knows the model,Tracks metrics,Owns a line,Shapes the model,Owns group P&L,"
  "Owns product P&L\n"
  "People,Mentoring,,,Mentors one PM,Mentors several PMs,Manages PMs,Manages managers\n";

static char *
store_acme (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderCsv) csv = ladder_csv_parse (acme, strlen (acme), &error);
  g_autoptr (LadderCsvShape) shape = ladder_csv_detect_shape (csv, "Acme PM ladder");
  g_autoptr (LadderFramework) framework = NULL;
  char *id;

  shape->roles[6] = shape->roles[7] = LADDER_COLUMN_MANAGEMENT;
  framework = ladder_framework_new_from_csv (csv, shape, &error);
  g_assert_no_error (error);
  id = ladder_frameworks_add (framework, &error);
  g_assert_no_error (error);
  return id;
}

/* Stored under a new id each time, listed, found again; a profile on a ladder that is not here
 * is refused with the reason. */
static void
test_store (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (LadderProfile) profile = NULL;
  LadderFramework *found;
  const char *missing =
    "{\"format\":\"ladder-profile\",\"version\":1,\"name\":\"X\",\"framework\":"
    "\"company:gone\",\"position\":{\"track\":\"expert\",\"rung\":\"r3\"},\"target\":"
    "{\"track\":\"expert\",\"rung\":\"r4\"},\"skills\":[{\"id\":\"s1\",\"current\":2}]}";
  const char *escaping =
    "{\"format\":\"ladder-profile\",\"version\":1,\"name\":\"X\",\"framework\":"
    "\"company:../../etc/passwd\",\"position\":{\"track\":\"expert\",\"rung\":\"r3\"},"
    "\"target\":{\"track\":\"expert\",\"rung\":\"r4\"}}";

  ladder_frameworks_set_directory (NULL);
  first = store_acme ();
  second = store_acme ();
  g_assert_cmpstr (first, ==, "company:acme-pm-ladder");
  g_assert_cmpstr (second, ==, "company:acme-pm-ladder-2");

  entries = ladder_frameworks_list ();
  g_assert_cmpuint (entries->len, ==, 3);
  g_assert_cmpstr (((LadderFrameworkEntry *) entries->pdata[0])->id, ==, "builtin:pm");
  g_assert_cmpstr (((LadderFrameworkEntry *) entries->pdata[1])->name, ==, "Acme PM ladder");

  /* Read afresh from the file, not from what was kept. */
  ladder_frameworks_set_directory (NULL);
  found = ladder_frameworks_lookup (first, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ladder_framework_get_n_tracks (found), ==, 2);
  g_assert_true (ladder_framework_is_management (found, "management"));
  g_assert_cmpuint (ladder_framework_get_track (found, 1)->rungs[0].seniority, ==, 2);

  /* Read on a stand-in made of its own ids, read-only, with the reason. */
  profile = ladder_profile_new_from_data (missing, strlen (missing), &error);
  g_assert_no_error (error);
  g_assert_true (ladder_profile_get_read_only (profile));
  g_assert_nonnull (strstr (ladder_profile_get_read_only_reason (profile), "not on this computer"));
  g_assert_nonnull (ladder_framework_lookup_rung (ladder_profile_get_framework (profile), "expert",
                                                  "r4"));
  g_clear_object (&profile);
  profile = ladder_profile_new_from_data (escaping, strlen (escaping), &error);
  g_assert_null (profile);
  g_assert_nonnull (strstr (error->message, "not a framework this version knows"));
}

static gboolean
plan_has (LadderProfile *profile,
          const char    *words)
{
  for (guint i = 0; i < ladder_profile_get_n_plan_items (profile); i++)
    if (strstr (ladder_profile_get_plan_item (profile, i)->title, words) != NULL)
      return TRUE;
  return FALSE;
}

/* A profile on a company's ladder through everything that reads a framework, in the three
 * languages: the company's words stay as written, Ladder's around them are translated. */
static void
test_profile_on_company_ladder (void)
{
  const char *languages[] = { "en", "zh_CN", "ru" };
  const char *said[] = { "My current role is PM.", "我现在的岗位是PM。", "Сейчас я работаю на позиции PM." };
  g_autoptr (GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *directory = g_dir_make_tmp ("ladder-company-XXXXXX", &error);
  g_autoptr (LadderStore) store = ladder_store_new (directory);
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Dana <&> 🚀");
  g_autoptr (LadderProfile) again = NULL;
  g_autoptr (LadderReadiness) readiness = NULL;
  g_autofree char *file_name = NULL;
  LadderFramework *framework;
  const LadderRung *target;

  ladder_frameworks_set_directory (NULL);
  id = store_acme ();
  framework = ladder_frameworks_lookup (id, &error);
  g_assert_no_error (error);
  ladder_profile_set_framework (profile, framework);
  g_assert_cmpstr (ladder_profile_get_rung (profile), ==, "r3");
  g_assert_cmpuint (ladder_profile_get_n_skills (profile), ==, 4);
  g_assert_null (ladder_profile_lookup_skill (profile, "discovery"));
  ladder_profile_set_position (profile, "expert", "r4");
  ladder_profile_set_target (profile, "management", "r7");
  for (guint i = 0; i < ladder_framework_get_n_skills (framework); i++)
    ladder_profile_set_skill_levels (profile, ladder_framework_get_skill (framework, i)->id, 1,
                                     3);

  /* Mentoring is the strongest: the drafts name it. */
  ladder_profile_set_skill_levels (profile, "s4", 3, 3);
  target = ladder_framework_lookup_rung (framework, "management", "r7");
  readiness = ladder_readiness_compute (framework, profile, target);
  g_assert_cmpuint (readiness->n_below, ==, 3);

  ladder_planner_regenerate (framework, profile);
  g_assert_cmpuint (ladder_profile_get_n_plan_items (profile), >, 4);
  /* Every competency gets steps, made from the company's own words. */
  g_assert_true (plan_has (profile, "Mentoring"));
  g_assert_true (plan_has (profile, "plans research"));
  g_assert_true (plan_has (profile, "Group PM"));

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autofree char *draft = NULL;
      g_autofree char *markdown = NULL;
      g_autofree char *pdf = g_build_filename (directory, "plan.pdf", NULL);
      LadderLanguageSaved *saved = ladder_format_use_language (languages[l]);

      ladder_planner_localize (framework, profile);
      draft = ladder_interview_draft (framework, profile, "career-plan");
      if (strstr (draft, said[l]) == NULL)
        g_error ("%s: %s", languages[l], draft);
      g_assert_nonnull (strstr (draft, "Group PM"));
      /* The company's names as it writes them, even mid-sentence. */
      g_assert_nonnull (strstr (draft, "Mentoring"));
      g_assert_null (strstr (draft, "mentoring"));
      markdown = ladder_report_to_markdown (framework, profile);
      g_assert_nonnull (strstr (markdown, "Group PM"));
      g_assert_nonnull (strstr (markdown, "Dana"));
      g_assert_nonnull (strstr (markdown, "🚀"));
      g_assert_true (ladder_report_write_pdf (framework, profile, pdf, 595, 842, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
      g_unlink (pdf);
      ladder_format_restore_language (saved);
    }

  /* Saved and read back on its ladder. */
  file_name = ladder_store_create (store, profile, &error);
  g_assert_no_error (error);
  again = ladder_store_load (store, file_name, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ladder_profile_get_framework_id (again), ==, id);
  g_assert_true (ladder_profile_get_framework (again) == framework);
  g_assert_cmpstr (ladder_profile_get_target_rung (again), ==, "r7");
}

/* A profile made on the built-in ladder moves to a company's: what matches by name keeps its
 * levels, rated skills without a match become the person's own, plan and evidence follow, and
 * the result writes and reads back; restoring the text before is the undo. */
static void
test_move_profile (void)
{
  const char *text = "Competency,Product Manager,Senior Product Manager\n"
                     "APIs,Calls them,Designs them\n"
                     "Vision,Knows it,Writes it\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Mia");
  g_autoptr (LadderProfile) again = NULL;
  g_autoptr (LadderFramework) parsed = from_csv (text, "Small", &error);
  g_autofree char *id = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  LadderFramework *framework;
  LadderFrameworkMove move;
  gsize length;

  g_assert_no_error (error);
  ladder_frameworks_set_directory (NULL);
  id = ladder_frameworks_add (parsed, &error);
  g_assert_no_error (error);
  framework = ladder_frameworks_lookup (id, &error);
  g_assert_no_error (error);

  ladder_profile_set_position (profile, "expert", "pm");
  ladder_profile_set_target (profile, "expert", "senior-pm");
  for (guint i = 0; i < ladder_profile_get_n_skills (profile); i++)
    ladder_profile_set_skill_levels (profile, ladder_profile_get_skill (profile, i)->id, 0, 0);
  ladder_profile_set_skill_levels (profile, "apis", 3, 4);
  ladder_profile_set_skill_note (profile, "apis", "Built the billing API");
  ladder_profile_set_skill_levels (profile, "discovery", 2, 3);
  ladder_profile_insert_plan_item (profile, 0, ladder_plan_item_new ("mine", "action", 1, 1,
                                                                      "apis", "Ship it", NULL));
  ladder_profile_add_evidence (profile, ladder_evidence_new ("2026-01-10", "discovery",
                                                             "Ran interviews", NULL, NULL, NULL));
  before = ladder_profile_to_data (profile, &length);

  ladder_profile_move_to_framework (profile, framework, &move);
  g_assert_cmpuint (move.matched, ==, 1);
  g_assert_cmpuint (move.own, ==, 1);
  g_assert_cmpuint (move.left_out, ==, ladder_framework_get_n_skills (
                                         ladder_framework_get_builtin ()) - 2);
  g_assert_true (move.rungs_kept);
  g_assert_cmpstr (ladder_profile_get_framework_id (profile), ==, id);
  g_assert_cmpstr (ladder_profile_get_rung (profile), ==, "r2");
  g_assert_cmpstr (ladder_profile_get_target_rung (profile), ==, "r3");
  g_assert_cmpint (ladder_profile_lookup_skill (profile, "s1")->current, ==, 3);
  g_assert_cmpstr (ladder_profile_lookup_skill (profile, "s1")->note, ==, "Built the billing API");
  g_assert_nonnull (ladder_profile_lookup_skill (profile, "s2"));
  g_assert_cmpstr (ladder_profile_lookup_skill (profile, "custom:1")->name, ==,
                   "User research & discovery");
  g_assert_cmpint (ladder_profile_lookup_skill (profile, "custom:1")->current, ==, 2);
  g_assert_null (ladder_profile_lookup_skill (profile, "apis"));
  g_assert_cmpstr (ladder_profile_get_plan_item (profile, 0)->skill, ==, "s1");
  g_assert_cmpstr (ladder_profile_get_evidence (profile, 0)->skill, ==, "custom:1");

  after = ladder_profile_to_data (profile, &length);
  again = ladder_profile_new_from_data (after, length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ladder_profile_get_n_skills (again), ==, 3);

  g_assert_true (ladder_profile_restore (profile, before, strlen (before),
                                         LADDER_PROFILE_PART_ALL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ladder_profile_get_framework_id (profile), ==, "builtin:pm");
  g_assert_cmpint (ladder_profile_lookup_skill (profile, "apis")->current, ==, 3);
}

/* A ladder's file may carry the plan's actions, as the built-in one does: a company's copy of
 * it plans with the same actions. */
static void
test_actions_from_data (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) root = ladder_framework_to_json (ladder_framework_get_builtin ());
  g_autofree char *text = json_to_string (root, FALSE);
  g_autoptr (LadderFramework) copy = ladder_framework_new_from_data (text, strlen (text), &error);
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Copy");
  g_autofree char *id = NULL;
  LadderFramework *framework;

  g_assert_no_error (error);
  ladder_frameworks_set_directory (NULL);
  id = ladder_frameworks_add (copy, &error);
  g_assert_no_error (error);
  framework = ladder_frameworks_lookup (id, &error);
  g_assert_false (ladder_framework_is_builtin (framework));
  g_assert_cmpstr (ladder_framework_lookup_skill (framework, "discovery")->action_titles[0], ==,
                   "Join five user interviews and write up what you heard");
  ladder_profile_set_framework (profile, framework);
  ladder_profile_set_skill_levels (profile, "discovery", 0, 2);
  ladder_planner_regenerate (framework, profile);
  g_assert_true (plan_has (profile, "Join five user interviews"));
}

/* A ladder's file from before there was an action for each level step has three: for levels 1,
 * 3 and 4. It still reads, plans the steps to levels 2 and 5 from its level words, and is written
 * back with its three; four actions are refused, naming the skill. */
static void
test_three_actions (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (JsonNode) root = ladder_framework_to_json (ladder_framework_get_builtin ());
  JsonArray *skills = json_object_get_array_member (json_node_get_object (root), "skills");
  g_autofree char *text = NULL;
  g_autoptr (LadderFramework) three = NULL;
  g_autoptr (LadderFramework) four = NULL;
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Three");
  g_autoptr (JsonNode) written = NULL;
  const LadderSkill *discovery;
  JsonArray *actions;

  for (guint i = 0; i < json_array_get_length (skills); i++)
    {
      actions = json_object_get_array_member (json_array_get_object_element (skills, i),
                                              "actions");
      json_array_remove_element (actions, 4);
      json_array_remove_element (actions, 1);
    }
  text = json_to_string (root, FALSE);
  three = ladder_framework_new_from_data (text, strlen (text), &error);
  g_assert_no_error (error);
  discovery = ladder_framework_lookup_skill (three, "discovery");
  g_assert_cmpstr (discovery->action_titles[0], ==,
                   "Join five user interviews and write up what you heard");
  g_assert_null (discovery->action_titles[1]);
  g_assert_cmpstr (discovery->action_titles[2], ==,
                   "Plan and run a discovery round for one problem on your own");
  g_assert_nonnull (discovery->action_titles[3]);
  g_assert_null (discovery->action_titles[4]);

  ladder_profile_set_framework (profile, three);
  ladder_profile_set_skill_levels (profile, "discovery", 0, 3);
  ladder_planner_regenerate (three, profile);
  g_assert_true (plan_has (profile, "Join five user interviews"));
  g_assert_true (plan_has (profile, "to level 2: runs interviews with a script"));
  g_assert_true (plan_has (profile, "Plan and run a discovery round"));

  written = ladder_framework_to_json (three);
  actions = json_object_get_array_member (
    json_array_get_object_element (
      json_object_get_array_member (json_node_get_object (written), "skills"), 0),
    "actions");
  g_assert_cmpuint (json_array_get_length (actions), ==, 3);

  json_array_add_element (json_object_get_array_member (
                            json_array_get_object_element (skills, 2), "actions"),
                          json_node_copy (json_array_get_element (actions, 0)));
  g_clear_pointer (&text, g_free);
  text = json_to_string (root, FALSE);
  four = ladder_framework_new_from_data (text, strlen (text), &error);
  g_assert_null (four);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "skills[2].actions"));
  g_assert_nonnull (strstr (error->message, "five"));
}

/* A profile whose ladder is not here opens read-only and is never written; once the ladder is
 * imported, it opens on it. */
static void
test_ladder_imported_later (void)
{
  const char *text =
    "{\"format\":\"ladder-profile\",\"version\":1,\"name\":\"Later\",\"framework\":"
    "\"company:later\",\"position\":{\"track\":\"expert\",\"rung\":\"r2\"},\"target\":"
    "{\"track\":\"expert\",\"rung\":\"r3\"},\"skills\":[{\"id\":\"s1\",\"current\":1}]}";
  g_autoptr (GError) error = NULL;
  g_autofree char *directory = g_dir_make_tmp ("ladder-later-XXXXXX", &error);
  g_autofree char *path = g_build_filename (directory, "later.json", NULL);
  g_autoptr (LadderStore) store = ladder_store_new (directory);
  g_autoptr (GPtrArray) before = NULL;
  g_autoptr (GPtrArray) after = NULL;
  g_autoptr (LadderFramework) framework = from_csv ("Competency,Junior,Middle\nDiscovery,a,b\n",
                                                     "Later", &error);
  g_autofree char *id = NULL;
  g_autofree char *kept = NULL;

  g_assert_no_error (error);
  ladder_frameworks_set_directory (NULL);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  before = ladder_store_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (before->len, ==, 1);
  g_assert_cmpstr (((LadderStoreEntry *) before->pdata[0])->name, ==, "Later");
  {
    g_autoptr (LadderProfile) read_only = ladder_store_load (store, "later.json", &error);

    g_assert_no_error (error);
    g_assert_true (ladder_profile_get_read_only (read_only));
    g_assert_false (ladder_store_save (store, read_only, "later.json", &error));
    g_assert_nonnull (strstr (error->message, "not on this computer"));
    g_clear_error (&error);
  }

  id = ladder_frameworks_add (framework, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (id, ==, "company:later");
  after = ladder_store_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((LadderStoreEntry *) after->pdata[0])->name, ==, "Later");
  {
    g_autoptr (LadderProfile) writable = ladder_store_load (store, "later.json", &error);

    g_assert_no_error (error);
    g_assert_false (ladder_profile_get_read_only (writable));
    g_assert_true (ladder_profile_get_framework (writable) ==
                   ladder_frameworks_lookup ("company:later", NULL));
  }
  g_assert_true (g_file_get_contents (path, &kept, NULL, NULL));
  g_assert_cmpstr (kept, ==, text);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = ladder_test_isolate_home ();

  ladder_test_init_translations ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/company/csv-shapes", test_csv_shapes);
  g_test_add_func ("/company/csv-refusals", test_csv_refusals);
  g_test_add_func ("/company/json-refusals", test_json_refusals);
  g_test_add_func ("/company/store", test_store);
  g_test_add_func ("/company/profile", test_profile_on_company_ladder);
  g_test_add_func ("/company/move-profile", test_move_profile);
  g_test_add_func ("/company/actions-from-data", test_actions_from_data);
  g_test_add_func ("/company/three-actions", test_three_actions);
  g_test_add_func ("/company/ladder-imported-later", test_ladder_imported_later);

  return g_test_run ();
}
