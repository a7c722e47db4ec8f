/* SPDX-License-Identifier: GPL-3.0-or-later
 * The command line, run as a user runs it: the real binary, no display, a private data folder. */
#include "config.h"

#include "ladder-test-env.h"

#include <glib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "ladder-store.h"

typedef struct
{
  int status;
  char *out;
  char *err;
} Run;

static char *data_home;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

static void
run_ladder (Run        *run,
            const char *first,
            ...)
{
  g_autoptr (GPtrArray) argv = g_ptr_array_new ();
  g_auto (GStrv) envp = g_get_environ ();
  g_autoptr (GError) error = NULL;
  va_list args;
  int wait_status;

  g_ptr_array_add (argv, (char *) g_getenv ("LADDER_BINARY"));
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  envp = g_environ_setenv (envp, "XDG_DATA_HOME", data_home, TRUE);
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL, &run->out,
                &run->err, &wait_status, &error);
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

static char *
sample (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "samples", name, NULL);
}

static void
test_version (void)
{
  g_auto (Run) run = { 0 };

  run_ladder (&run, "--version", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, "ladder " PACKAGE_VERSION "\n");
}

static void
test_usage_errors (void)
{
  g_auto (Run) unknown = { 0 };
  g_auto (Run) two = { 0 };
  g_auto (Run) missing = { 0 };

  run_ladder (&unknown, "--frobnicate", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_true (g_str_has_prefix (unknown.err, "ladder: "));

  run_ladder (&two, "--version", "--list-profiles", NULL);
  g_assert_cmpint (two.status, ==, 2);

  run_ladder (&missing, "--check", NULL);
  g_assert_cmpint (missing.status, ==, 2);
}

static void
test_check_samples (void)
{
  const char *samples[] = { "li-wei-ai-startup.json", "anna-petrova-saas-enterprise.json",
                            "zhang-min-ecommerce.json" };

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *path = sample (samples[i]);
      g_auto (Run) run = { 0 };

      run_ladder (&run, "--check", path, NULL);
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.err, ==, "");
    }
}

static void
test_check_refuses (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "data", "bad", NULL);
  g_autoptr (GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      gsize before_len, after_len;
      g_auto (Run) run = { 0 };

      g_assert_true (g_file_get_contents (path, &before, &before_len, NULL));
      run_ladder (&run, "--check", path, NULL);
      g_test_message ("%s", run.err);
      g_assert_cmpint (run.status, ==, 1);
      /* One clear line that names the file. */
      g_assert_true (g_str_has_prefix (run.err, "ladder: "));
      g_assert_nonnull (strstr (run.err, name));
      g_assert_cmpint (strchr (run.err, '\n') - run.err, ==, strlen (run.err) - 1);
      g_assert_true (g_file_get_contents (path, &after, &after_len, NULL));
      g_assert_cmpmem (before, before_len, after, after_len);
      n++;
    }
  g_assert_cmpuint (n, >=, 20);
}

/* A pipe, a folder or a device is refused by its type before anything is read: the command
 * returns (a pipe nobody writes to would block a reader for ever; /dev/zero never ends). */
static void
test_not_a_file (void)
{
  g_autofree char *fifo = g_build_filename (data_home, "pipe.json", NULL);
  const char *paths[] = { fifo, data_home, "/dev/zero" };
  const char *commands[] = { "--check", "--import" };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
      {
        g_auto (Run) run = { 0 };

        run_ladder (&run, commands[c], paths[i], NULL);
        g_test_message ("%s %s: %s", commands[c], paths[i], run.err);
        g_assert_cmpint (run.status, ==, 1);
        g_assert_nonnull (strstr (run.err, "not a file but a folder, a pipe or a device"));
        g_assert_cmpint (strchr (run.err, '\n') - run.err, ==, strlen (run.err) - 1);
      }
  g_unlink (fifo);
}

static void
test_check_newer_version (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "good",
                                                 "newer-version.json", NULL);
  g_auto (Run) run = { 0 };

  run_ladder (&run, "--check", path, NULL);
  g_assert_cmpint (run.status, ==, 1);
  g_assert_nonnull (strstr (run.err, "newer version"));
}

static void
test_import_and_list (void)
{
  g_autofree char *path = sample ("zhang-min-ecommerce.json");
  g_autofree char *bad = g_test_build_filename (G_TEST_DIST, "data", "bad", "truncated.json",
                                                NULL);
  g_auto (Run) empty = { 0 };
  g_auto (Run) import = { 0 };
  g_auto (Run) again = { 0 };
  g_auto (Run) refused = { 0 };
  g_auto (Run) list = { 0 };

  run_ladder (&empty, "--list-profiles", NULL);
  g_assert_cmpint (empty.status, ==, 0);
  g_assert_cmpstr (empty.out, ==, "");

  run_ladder (&import, "--import", path, NULL);
  g_assert_cmpint (import.status, ==, 0);
  run_ladder (&again, "--import", path, NULL);
  g_assert_cmpint (again.status, ==, 0);
  run_ladder (&refused, "--import", bad, NULL);
  g_assert_cmpint (refused.status, ==, 1);

  run_ladder (&list, "--list-profiles", NULL);
  g_assert_cmpint (list.status, ==, 0);
  g_assert_cmpstr (list.out, ==,
                   "zhang-min.json\t张敏 (Zhang Min)\nzhang-min-2.json\t张敏 (Zhang Min)\n");

  /* A name with a tab, a newline and a backslash is still one line of two fields. */
  {
    g_autofree char *text = NULL;
    g_autofree char *odd = g_build_filename (data_home, "odd.json", NULL);
    g_autoptr (GString) edited = NULL;
    g_auto (Run) odd_import = { 0 };
    g_auto (Run) odd_list = { 0 };
    g_auto (GStrv) lines = NULL;

    g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
    edited = g_string_new (text);
    g_string_replace (edited, "\"张敏 (Zhang Min)\"", "\"A\\tB\\nC \\\\ D_E\"", 1);
    g_assert_true (g_file_set_contents (odd, edited->str, -1, NULL));
    run_ladder (&odd_import, "--import", odd, NULL);
    g_assert_cmpint (odd_import.status, ==, 0);
    run_ladder (&odd_list, "--list-profiles", NULL);
    g_assert_nonnull (strstr (odd_list.out, "\tA\\tB\\nC \\\\ D_E\n"));
    lines = g_strsplit (odd_list.out, "\n", -1);
    g_assert_cmpuint (g_strv_length (lines), ==, 4); /* three profiles, then the end */
  }
}

static void
test_export_framework_translated (void)
{
  g_autofree char *out = g_build_filename (data_home, "framework-ru.json", NULL);
  g_autofree char *contents = NULL;
  g_auto (Run) run = { 0 };
  g_auto (GStrv) envp = NULL;

  g_setenv ("LANGUAGE", "ru", TRUE);
  run_ladder (&run, "--export-framework", out, NULL);
  g_setenv ("LANGUAGE", "C", TRUE);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"format\" : \"ladder-framework\""));
  g_assert_nonnull (strstr (contents, "Руководитель команды"));
}

/* --language writes an export in that language whatever the interface's: a plan made in English
 * comes out in Russian or Chinese, its headings and its items; an unknown language is refused. */
static void
test_export_language (void)
{
  g_autofree char *path = sample ("anna-petrova-saas-enterprise.json");
  g_autofree char *json = g_build_filename (data_home, "anna-en.json", NULL);
  g_autofree char *ru = g_build_filename (data_home, "anna-ru.md", NULL);
  g_autofree char *zh = g_build_filename (data_home, "anna-zh.md", NULL);
  g_autofree char *ru_text = NULL, *zh_text = NULL;
  g_auto (Run) made = { 0 };
  g_auto (Run) in_ru = { 0 };
  g_auto (Run) in_zh = { 0 };
  g_auto (Run) wrong = { 0 };

  run_ladder (&made, "--export-json", json, "--profile", path, "--regenerate", NULL);
  g_assert_cmpint (made.status, ==, 0);
  run_ladder (&in_ru, "--language", "ru", "--export-markdown", ru, "--profile", json, NULL);
  g_assert_cmpint (in_ru.status, ==, 0);
  run_ladder (&in_zh, "--language=zh_CN", "--export-markdown", zh, "--profile", json, NULL);
  g_assert_cmpint (in_zh.status, ==, 0);
  g_assert_true (g_file_get_contents (ru, &ru_text, NULL, NULL));
  g_assert_true (g_file_get_contents (zh, &zh_text, NULL, NULL));
  /* The year's goal the planner made for Anna, in each language. */
  g_assert_nonnull (strstr (ru_text, "Попробовать руководить людьми"));
  g_assert_null (strstr (ru_text, "Try leading people"));
  g_assert_nonnull (strstr (zh_text, "职业规划"));
  g_assert_null (strstr (zh_text, "Try leading people"));

  run_ladder (&wrong, "--language", "de", "--export-markdown", ru, "--profile", json, NULL);
  g_assert_cmpint (wrong.status, ==, 2);
  g_assert_nonnull (strstr (wrong.err, "--language"));
}

/* --add-evidence writes to a stored profile (the store keeps the version before) and to a
 * profile file; a wrong date, an unknown skill or a stray --skill are refused with one line. */
static void
test_add_evidence (void)
{
  g_autofree char *path = sample ("zhang-min-ecommerce.json");
  g_autofree char *copy = g_build_filename (data_home, "zhang-evidence.json", NULL);
  g_autofree char *json = g_build_filename (data_home, "zhang-evidence-out.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr (LadderProfile) exported = NULL;
  g_autoptr (LadderProfile) file = NULL;
  g_autoptr (GError) error = NULL;
  const LadderEvidence *last;
  g_auto (Run) import = { 0 };
  g_auto (Run) add = { 0 };
  g_auto (Run) add_file = { 0 };
  g_auto (Run) out = { 0 };
  g_auto (Run) bad_date = { 0 };
  g_auto (Run) bad_skill = { 0 };
  g_auto (Run) stray = { 0 };

  run_ladder (&import, "--import", path, NULL);
  g_assert_cmpint (import.status, ==, 0);
  run_ladder (&add, "--add-evidence", "Ran the <618> review & 🚀", "--profile", "张敏 (Zhang Min)",
              "--skill", "analytics", "--date", "2027-06-18", "--outcome", "GMV +3 %",
              "--link", "https://example.com/618", NULL);
  g_assert_cmpint (add.status, ==, 0);
  run_ladder (&out, "--export-json", json, "--profile", "张敏 (Zhang Min)", NULL);
  g_assert_cmpint (out.status, ==, 0);
  g_assert_true (g_file_get_contents (json, &contents, NULL, NULL));
  exported = ladder_profile_new_from_data (contents, strlen (contents), &error);
  g_assert_no_error (error);
  last = ladder_profile_get_evidence (exported, ladder_profile_get_n_evidence (exported) - 1);
  g_assert_cmpstr (last->text, ==, "Ran the <618> review & 🚀");
  g_assert_cmpstr (last->skill, ==, "analytics");
  g_assert_cmpstr (last->date, ==, "2027-06-18");
  g_assert_cmpstr (last->outcome, ==, "GMV +3 %");
  g_assert_cmpstr (last->link, ==, "https://example.com/618");

  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (copy, contents, -1, NULL));
  run_ladder (&add_file, "--add-evidence", "Into a file", "--profile", copy, NULL);
  g_assert_cmpint (add_file.status, ==, 0);
  file = ladder_profile_load_file (copy, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ladder_profile_get_evidence (file, ladder_profile_get_n_evidence (file) - 1)->
                     text, ==, "Into a file");

  run_ladder (&bad_date, "--add-evidence", "x", "--profile", copy, "--date", "2027-02-30", NULL);
  g_assert_cmpint (bad_date.status, ==, 2);
  g_assert_nonnull (strstr (bad_date.err, "YYYY-MM-DD"));
  run_ladder (&bad_skill, "--add-evidence", "x", "--profile", copy, "--skill", "nope", NULL);
  g_assert_cmpint (bad_skill.status, ==, 1);
  g_assert_nonnull (strstr (bad_skill.err, "nope"));
  run_ladder (&stray, "--check", copy, "--skill", "apis", NULL);
  g_assert_cmpint (stray.status, ==, 2);
}

static void
test_exports (void)
{
  g_autofree char *path = sample ("anna-petrova-saas-enterprise.json");
  g_autofree char *json = g_build_filename (data_home, "anna.json", NULL);
  g_autofree char *pdf = g_build_filename (data_home, "anna.pdf", NULL);
  g_autofree char *md = g_build_filename (data_home, "anna.md", NULL);
  g_autofree char *contents = NULL;
  g_autoptr (LadderProfile) exported = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (Run) a = { 0 };
  g_auto (Run) b = { 0 };
  g_auto (Run) c = { 0 };
  g_auto (Run) missing = { 0 };
  g_auto (Run) usage = { 0 };

  run_ladder (&a, "--export-json", json, "--profile", path, NULL);
  g_assert_cmpint (a.status, ==, 0);
  exported = ladder_profile_load_file (json, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ladder_profile_get_n_plan_items (exported), >, 5);
  g_assert_cmpuint (ladder_profile_get_n_answers (exported), ==, 4);

  run_ladder (&b, "--export-pdf", pdf, "--profile", path, NULL);
  g_assert_cmpint (b.status, ==, 0);
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_clear_pointer (&contents, g_free);

  run_ladder (&c, "--export-markdown", md, "--profile", path, NULL);
  g_assert_cmpint (c.status, ==, 0);
  g_assert_true (g_file_get_contents (md, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "# Career Plan: Anna Petrova"));

  run_ladder (&missing, "--export-pdf", pdf, "--profile", "Nobody Known", NULL);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, "Nobody Known"));
  run_ladder (&usage, "--export-pdf", pdf, NULL);
  g_assert_cmpint (usage.status, ==, 2);
}

/* A company's ladder from a spreadsheet: what was understood is printed, the options correct
 * the guess, --list-frameworks lists it; a bad file stores nothing. */
static void
test_import_framework (void)
{
  g_auto (Run) run = { 0 };
  g_auto (Run) list = { 0 };
  g_auto (Run) bad = { 0 };
  g_auto (Run) usage = { 0 };
  g_auto (Run) json = { 0 };
  g_auto (Run) out = { 0 };
  g_autofree char *csv = g_build_filename (data_home, "acme.csv", NULL);
  g_autofree char *broken = g_build_filename (data_home, "broken.csv", NULL);
  g_autofree char *exported = g_build_filename (data_home, "builtin.json", NULL);
  g_autofree char *folder = g_build_filename (data_home, APPLICATION_ID, "frameworks", NULL);
  g_autoptr (GDir) dir = NULL;
  guint n_files = 0;

  g_assert_true (g_file_set_contents (csv,
    "Area;Competency;APM;PM;Senior PM;Group PM\r\n"
    "Craft;Discovery;Joins;\"Runs;\r\nwrites\";Plans;Coaches\r\n"
    ";Delivery;Ships;Ships more;Ships projects;Runs a group\r\n", -1, NULL));
  run_ladder (&run, "--import-framework", csv, "--management-levels", "F",
              "--ladder-name", "Acme PM", "--management-title", "Leads", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, "separated by semicolons"));
  g_assert_nonnull (strstr (run.out, "Competency names: B “Competency”"));
  g_assert_nonnull (strstr (run.out, "Groups: A “Area”"));
  g_assert_nonnull (strstr (run.out, "Levels of the Expert track: C “APM”, D “PM”, E “Senior PM”"));
  g_assert_nonnull (strstr (run.out, "Levels of the Leads: F “Group PM”"));
  g_assert_nonnull (strstr (run.out, "2 competencies, 1 group"));
  g_assert_nonnull (strstr (run.out, "Stored as company:acme-pm: Acme PM"));

  run_ladder (&list, "--list-frameworks", NULL);
  g_assert_cmpint (list.status, ==, 0);
  g_assert_nonnull (strstr (list.out, "builtin:pm\tProduct management\n"));
  g_assert_nonnull (strstr (list.out, "company:acme-pm\tAcme PM\n"));

  /* Refused with its line; nothing more is stored. */
  g_assert_true (g_file_set_contents (broken, "Competency,L1\nDiscovery,a\nDiscovery,b\n", -1,
                                      NULL));
  run_ladder (&bad, "--import-framework", broken, NULL);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_nonnull (strstr (bad.err, "Row 3: the competency “Discovery” is listed twice"));
  run_ladder (&usage, "--import-framework", csv, "--levels", "Z", NULL);
  g_assert_cmpint (usage.status, ==, 2);
  g_assert_nonnull (strstr (usage.err, "no such column"));

  /* The documented JSON form comes in too, under a new id. */
  run_ladder (&out, "--export-framework", exported, NULL);
  g_assert_cmpint (out.status, ==, 0);
  run_ladder (&json, "--import-framework", exported, NULL);
  g_assert_cmpint (json.status, ==, 0);
  g_assert_nonnull (strstr (json.out, "Stored as company:product-management: Product management"));

  dir = g_dir_open (folder, 0, NULL);
  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GError) error = NULL;
  int status;

  g_autofree char *home = ladder_test_isolate_home ();

  g_test_init (&argc, &argv, NULL);
  data_home = g_dir_make_tmp ("ladder-cli-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/check-samples", test_check_samples);
  g_test_add_func ("/cli/check-refuses", test_check_refuses);
  g_test_add_func ("/cli/check-newer-version", test_check_newer_version);
  g_test_add_func ("/cli/not-a-file", test_not_a_file);
  g_test_add_func ("/cli/import-and-list", test_import_and_list);
  g_test_add_func ("/cli/export-framework-translated", test_export_framework_translated);
  g_test_add_func ("/cli/exports", test_exports);
  g_test_add_func ("/cli/export-language", test_export_language);
  g_test_add_func ("/cli/add-evidence", test_add_evidence);
  g_test_add_func ("/cli/import-framework", test_import_framework);

  status = g_test_run ();
  g_free (data_home);
  return status;
}
