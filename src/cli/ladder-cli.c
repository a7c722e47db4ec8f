/* SPDX-License-Identifier: GPL-3.0-or-later
 * Command-line options for scripts and tests; each prints one clear line per error. */
#define G_LOG_DOMAIN "ladder-cli"

#include "config.h"

#include "ladder-i18n.h"
#include <stdio.h>
#include <string.h>

#include "ladder-cli.h"
#include "core/ladder-calendar.h"
#include "core/ladder-format.h"
#include "core/ladder-file-private.h"
#include "core/ladder-framework-csv.h"
#include "core/ladder-framework-store.h"
#include "core/ladder-framework.h"
#include "core/ladder-interview.h"
#include "core/ladder-planner.h"
#include "core/ladder-report.h"
#include "core/ladder-store.h"

/* Any option means the command line, not the window: `ladder FILE.json` opens a window. */
gboolean
ladder_cli_wants (int    argc,
                  char **argv)
{
  for (int i = 1; i < argc; i++)
    if (argv[i][0] == '-' && argv[i][1] != '\0')
      return TRUE;
  return FALSE;
}

static int
refuse (const char *subject,
        GError     *error)
{
  g_printerr ("ladder: %s: %s\n", subject, error->message);
  return LADDER_EXIT_REFUSED;
}

/* One line per profile, whatever a name holds: a backslash, a tab, a newline and other control
 * characters are written as \\, \t, \n and \xNN; everything else as it is. */
static char *
one_line (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    {
      if (*p == '\\')
        g_string_append (out, "\\\\");
      else if (*p == '\t')
        g_string_append (out, "\\t");
      else if (*p == '\n')
        g_string_append (out, "\\n");
      else if (*p < 0x20 || *p == 0x7f)
        g_string_append_printf (out, "\\x%02x", *p);
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static int
list_profiles (LadderStore *store)
{
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (GError) error = NULL;

  entries = ladder_store_list_checked (store, &error);
  if (entries == NULL)
    return refuse (ladder_store_get_directory (store), error);
  for (guint i = 0; i < entries->len; i++)
    {
      LadderStoreEntry *entry = g_ptr_array_index (entries, i);

      g_autofree char *text = one_line (entry->name != NULL ? entry->name
                                                           : entry->error->message);

      g_print ("%s\t%s\n", entry->file_name, text);
    }
  return LADDER_EXIT_OK;
}

/* One line per framework: its id, a tab, its name (or why it cannot be read). */
static int
list_frameworks (void)
{
  g_autoptr (GPtrArray) entries = ladder_frameworks_list ();

  for (guint i = 0; i < entries->len; i++)
    {
      LadderFrameworkEntry *entry = g_ptr_array_index (entries, i);
      g_autofree char *text = one_line (entry->name != NULL ? entry->name
                                                           : entry->error->message);

      g_print ("%s\t%s\n", entry->id, text);
    }
  return LADDER_EXIT_OK;
}

typedef struct
{
  const char *name;
  const char *name_column;
  const char *group_column;
  const char *description_column;
  const char *levels;
  const char *management_levels;
  const char *track_title;
  const char *management_title;
} FrameworkOptions;

/* A column as the person names it: its letter ("C") or its title in the first row. */
static int
find_column (LadderCsv  *csv,
             const char *reference)
{
  g_autofree char *wanted = g_utf8_casefold (reference, -1);
  guint n = ladder_csv_get_n_columns (csv);
  int letter = -1;

  if (*reference != '\0' && strspn (reference, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz") ==
                                strlen (reference) && strlen (reference) <= 2)
    {
      letter = 0;
      for (const char *p = reference; *p != '\0'; p++)
        letter = letter * 26 + (g_ascii_toupper (*p) - 'A' + 1);
      letter--;
    }
  for (guint column = 0; column < n; column++)
    {
      g_autofree char *title = g_utf8_casefold (ladder_csv_get_cell (csv, 0, column), -1);

      if (g_str_equal (title, wanted))
        return (int) column;
    }
  return letter >= 0 && letter < (int) n ? letter : -1;
}

static gboolean
set_role (LadderCsv        *csv,
          LadderCsvShape   *shape,
          const char       *references,
          LadderColumnRole  role,
          gboolean          many)
{
  g_auto (GStrv) parts = g_strsplit (references, ",", -1);

  /* The option names the only column(s) with this role: the guess's are dropped. */
  for (guint column = 0; column < shape->n_columns; column++)
    if (shape->roles[column] == role)
      shape->roles[column] = role == LADDER_COLUMN_LEVEL ? LADDER_COLUMN_IGNORE
                                                         : LADDER_COLUMN_LEVEL;
  if (g_str_equal (references, "-"))
    return TRUE;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      int column = find_column (csv, g_strstrip (parts[i]));

      if (column < 0 || (!many && i > 0))
        {
          g_printerr ("ladder: %s: %s\n", parts[i],
                      _("no such column (give its letter, A, B, …, or its title in the first "
                        "row)"));
          return FALSE;
        }
      shape->roles[column] = role;
    }
  return TRUE;
}

static void
print_columns (LadderCsv            *csv,
               const LadderCsvShape *shape,
               LadderColumnRole      role)
{
  gboolean first = TRUE;

  for (guint column = 0; column < shape->n_columns; column++)
    {
      g_autofree char *letter = NULL;

      if (shape->roles[column] != role)
        continue;
      letter = ladder_csv_column_letter (column);
      /* Translators: a column of a spreadsheet: its letter and its title, “C “Senior PM”” */
      g_print (first ? _("%s “%s”") : _(", %s “%s”"), letter, ladder_csv_get_cell (csv, 0, column));
      first = FALSE;
    }
  if (first)
    g_print ("%s", C_("columns", "none"));
  g_print ("\n");
}

/* Imports a company's ladder from the documented framework JSON or from a competency matrix
 * saved as CSV, says what it understood, and stores it under a new id. */
static int
import_framework (const char             *path,
                  const FrameworkOptions *options)
{
  g_autofree char *data = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderFramework) framework = NULL;
  g_autofree char *id = NULL;
  g_autofree char *stored_name = NULL;
  gsize length;

  if (!ladder_file_read (path, &data, &length, &error))
    return refuse (path, error);
  if (ladder_csv_looks_like_json (data, length))
    {
      if (options->levels != NULL || options->management_levels != NULL ||
          options->name_column != NULL || options->group_column != NULL ||
          options->description_column != NULL)
        {
          g_printerr ("ladder: %s\n", _("the column options go with a CSV file"));
          return LADDER_EXIT_USAGE;
        }
      framework = ladder_framework_new_from_data (data, length, &error);
      if (framework == NULL)
        return refuse (path, error);
    }
  else
    {
      g_autoptr (LadderCsv) csv = ladder_csv_parse (data, length, &error);
      g_autoptr (LadderCsvShape) shape = NULL;
      g_autofree char *base = g_path_get_basename (path);
      char *dot;

      if (csv == NULL)
        return refuse (path, error);
      if ((dot = strrchr (base, '.')) != NULL && dot != base)
        *dot = '\0';
      shape = ladder_csv_detect_shape (csv, options->name != NULL ? options->name : base);
      if ((options->name_column != NULL &&
           !set_role (csv, shape, options->name_column, LADDER_COLUMN_NAME, FALSE)) ||
          (options->group_column != NULL &&
           !set_role (csv, shape, options->group_column, LADDER_COLUMN_GROUP, FALSE)) ||
          (options->description_column != NULL &&
           !set_role (csv, shape, options->description_column, LADDER_COLUMN_DESCRIPTION,
                      FALSE)) ||
          (options->levels != NULL &&
           !set_role (csv, shape, options->levels, LADDER_COLUMN_LEVEL, TRUE)) ||
          (options->management_levels != NULL &&
           !set_role (csv, shape, options->management_levels, LADDER_COLUMN_MANAGEMENT, TRUE)))
        return LADDER_EXIT_USAGE;
      if (options->track_title != NULL)
        {
          g_free (shape->track_title);
          shape->track_title = g_strdup (options->track_title);
        }
      if (options->management_title != NULL)
        {
          g_free (shape->management_title);
          shape->management_title = g_strdup (options->management_title);
        }

      /* What was understood, so that a wrong guess is seen before it is used. */
      {
        g_autofree char *rows = g_strdup_printf (ngettext ("%u row", "%u rows",
                                                           ladder_csv_get_n_rows (csv)),
                                                 ladder_csv_get_n_rows (csv));
        g_autofree char *columns = g_strdup_printf (ngettext ("%u column", "%u columns",
                                                              ladder_csv_get_n_columns (csv)),
                                                    ladder_csv_get_n_columns (csv));

        /* Translators: "Read “acme.csv”: 15 rows, 8 columns, separated by semicolons" */
        g_print (_("Read “%s”: %s, %s, separated by %s\n"), path, rows, columns,
                 ladder_csv_get_separator (csv) == ';'    ? C_("separator", "semicolons")
                 : ladder_csv_get_separator (csv) == '\t' ? C_("separator", "tabs")
                                                          : C_("separator", "commas"));
      }
      g_print ("  %s ", _("Competency names:"));
      print_columns (csv, shape, LADDER_COLUMN_NAME);
      g_print ("  %s ", _("Groups:"));
      print_columns (csv, shape, LADDER_COLUMN_GROUP);
      g_print ("  %s ", _("Descriptions (not used):"));
      print_columns (csv, shape, LADDER_COLUMN_DESCRIPTION);
      /* Translators: “Levels of the Expert track:” followed by the columns */
      g_print (_("  Levels of the %s:"), shape->track_title);
      g_print (" ");
      print_columns (csv, shape, LADDER_COLUMN_LEVEL);
      g_print (_("  Levels of the %s:"), shape->management_title);
      g_print (" ");
      print_columns (csv, shape, LADDER_COLUMN_MANAGEMENT);
      framework = ladder_framework_new_from_csv (csv, shape, &error);
      if (framework == NULL)
        return refuse (path, error);
      g_print ("  ");
      g_print (ngettext ("%u competency", "%u competencies",
                         ladder_framework_get_n_skills (framework)),
               ladder_framework_get_n_skills (framework));
      g_print (", ");
      g_print (ngettext ("%u group", "%u groups", ladder_framework_get_n_groups (framework)),
               ladder_framework_get_n_groups (framework));
      g_print ("\n");
    }
  stored_name = g_strdup (ladder_framework_get_name (framework));
  id = ladder_frameworks_add (framework, &error);
  if (id == NULL)
    return refuse (path, error);
  g_print (_("Stored as %s: %s\n"), id, stored_name);
  return LADDER_EXIT_OK;
}

static int
check_file (const char *path)
{
  g_autoptr (LadderProfile) profile = NULL;
  g_autoptr (GError) error = NULL;

  profile = ladder_profile_load_file (path, &error);
  if (profile == NULL)
    return refuse (path, error);
  if (ladder_profile_get_read_only_reason (profile) != NULL)
    {
      g_printerr ("ladder: %s: %s\n", path, ladder_profile_get_read_only_reason (profile));
      return LADDER_EXIT_REFUSED;
    }
  if (ladder_profile_get_read_only (profile))
    {
      g_autofree char *version = g_strdup_printf ("%" G_GINT64_FORMAT,
                                                  ladder_profile_get_format_version (profile));

      g_printerr ("ladder: %s: ", path);
      g_printerr (_("written by a newer version of Ladder (format version %s); it can only be "
                    "opened read-only"),
                  version);
      g_printerr ("\n");
      return LADDER_EXIT_REFUSED;
    }
  g_print ("%s: ", path);
  g_print (_("a Ladder profile for “%s”"), ladder_profile_get_name (profile));
  g_print ("\n");
  return LADDER_EXIT_OK;
}

static int
import_file (LadderStore *store,
             const char  *path)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *file_name = NULL;

  file_name = ladder_store_import (store, path, &error);
  if (file_name == NULL)
    return refuse (path, error);
  g_print (_("Imported as %s"), file_name);
  g_print ("\n");
  return LADDER_EXIT_OK;
}

static int
export_framework (const char *path)
{
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = ladder_framework_to_json (ladder_framework_get_builtin ());
  g_autoptr (GError) error = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  if (!json_generator_to_file (generator, path, &error))
    return refuse (path, error);
  return LADDER_EXIT_OK;
}

/* P is a path to a profile file, or the name (or file name) of a stored profile; for a stored
 * one, @store and @file_name (optional) say where it is, to write it back. */
static LadderProfile *
load_stored_or_file (const char   *argument,
                     LadderStore **store_out,
                     char        **file_name_out,
                     GError      **error)
{
  g_autoptr (LadderStore) store = NULL;
  g_autofree char *file_name = NULL;
  LadderProfile *profile;

  if (g_file_test (argument, G_FILE_TEST_IS_REGULAR))
    return ladder_profile_load_file (argument, error);

  store = ladder_store_new (NULL);
  file_name = ladder_store_resolve (store, argument);
  if (file_name == NULL)
    {
      g_set_error (error, LADDER_STORE_ERROR, LADDER_STORE_ERROR_NOT_FOUND,
                   _("No profile file or stored profile is called “%s”"), argument);
      return NULL;
    }
  profile = ladder_store_load (store, file_name, error);
  if (store_out != NULL)
    *store_out = g_steal_pointer (&store);
  if (file_name_out != NULL)
    *file_name_out = g_steal_pointer (&file_name);
  return profile;
}

static LadderProfile *
load_profile_argument (const char *argument,
                       GError    **error)
{
  LadderProfile *profile = load_stored_or_file (argument, NULL, NULL, error);

  /* A profile whose company ladder is not here has only its ids to show: no export of it. */
  if (profile != NULL && ladder_profile_get_read_only_reason (profile) != NULL)
    {
      g_set_error_literal (error, LADDER_PROFILE_ERROR, LADDER_PROFILE_ERROR_UNKNOWN_ID,
                           ladder_profile_get_read_only_reason (profile));
      g_clear_object (&profile);
    }
  return profile;
}

/* Fills in what the profile lacks and a person would expect in an export: the plan and the
 * drafted interview answers. */
static void
complete_profile (LadderProfile *profile,
                  gboolean       regenerate)
{
  LadderFramework *framework = ladder_profile_get_framework (profile);

  if (regenerate || ladder_profile_get_n_plan_items (profile) == 0)
    ladder_planner_regenerate (framework, profile);
  else
    ladder_planner_localize (framework, profile);
  ladder_interview_fill (framework, profile, TRUE);
}

static int
export_json (const char *out,
             const char *profile_argument,
             gboolean    regenerate)
{
  g_autoptr (LadderProfile) profile = NULL;
  g_autoptr (GError) error = NULL;

  profile = load_profile_argument (profile_argument, &error);
  if (profile == NULL)
    return refuse (profile_argument, error);
  complete_profile (profile, regenerate);
  if (!ladder_store_export (profile, out, &error))
    return refuse (out, error);
  return LADDER_EXIT_OK;
}




typedef enum
{
  EXPORT_PDF,
  EXPORT_MARKDOWN,
  EXPORT_CASE,      /* the promotion case: Markdown for a name ending in .md, PDF otherwise */
  EXPORT_CALENDAR,
} Export;

static int
export_file (const char *out,
             const char *profile_argument,
             Export      kind)
{
  LadderFramework *framework;
  g_autoptr (LadderProfile) profile = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *text = NULL;
  double width, height;

  profile = load_profile_argument (profile_argument, &error);
  if (profile == NULL)
    return refuse (profile_argument, error);
  framework = ladder_profile_get_framework (profile);
  complete_profile (profile, FALSE);
  ladder_report_default_paper (&width, &height);
  if (kind == EXPORT_PDF)
    {
      if (!ladder_report_write_pdf (framework, profile, out, width, height, &error))
        return refuse (out, error);
      return LADDER_EXIT_OK;
    }
  if (kind == EXPORT_CASE && !g_str_has_suffix (out, ".md"))
    {
      if (!ladder_report_write_case_pdf (framework, profile, out, width, height, &error))
        return refuse (out, error);
      return LADDER_EXIT_OK;
    }
  text = kind == EXPORT_CALENDAR ? ladder_calendar_to_ics (profile)
         : kind == EXPORT_CASE   ? ladder_report_case_to_markdown (framework, profile)
                                 : ladder_report_to_markdown (framework, profile);
  if (!g_file_set_contents_full (out, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, &error))
    return refuse (out, error);
  return LADDER_EXIT_OK;
}

typedef struct
{
  const char *text;
  const char *skill;
  const char *date;
  const char *outcome;
  const char *link;
} EvidenceOptions;

/* Adds an entry to the evidence log of a stored profile or a profile file, written back as the
 * window writes it (atomically; the store keeps the version before). */
static int
add_evidence (const char            *profile_argument,
              const EvidenceOptions *options)
{
  g_autoptr (LadderStore) store = NULL;
  g_autoptr (LadderProfile) profile = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *text = g_strstrip (g_strdup (options->text));
  gboolean is_file = g_file_test (profile_argument, G_FILE_TEST_IS_REGULAR);

  if (*text == '\0')
    {
      g_printerr ("ladder: %s\n", _("--add-evidence needs the text of what you did"));
      return LADDER_EXIT_USAGE;
    }
  if (options->date != NULL && !ladder_format_is_day (options->date))
    {
      g_printerr ("ladder: %s: %s\n", options->date, _("a date is written YYYY-MM-DD"));
      return LADDER_EXIT_USAGE;
    }
  profile = load_stored_or_file (profile_argument, &store, &file_name, &error);
  if (profile == NULL)
    return refuse (profile_argument, error);
  if (ladder_profile_get_read_only (profile))
    {
      g_printerr ("ladder: %s: %s\n", profile_argument,
                  _("this profile was written by a newer Ladder and is not changed"));
      return LADDER_EXIT_REFUSED;
    }
  if (options->skill != NULL && ladder_profile_lookup_skill (profile, options->skill) == NULL)
    {
      g_printerr ("ladder: %s: %s\n", options->skill,
                  _("this profile has no skill with that id (see --export-json)"));
      return LADDER_EXIT_REFUSED;
    }
  {
    g_autofree char *today = ladder_profile_today ();

    ladder_profile_add_evidence (profile,
                                 ladder_evidence_new (options->date != NULL ? options->date
                                                                            : today,
                                                      options->skill, text, options->outcome,
                                                      options->link, NULL));
  }
  if (is_file ? !ladder_store_export (profile, profile_argument, &error)
              : !ladder_store_save (store, profile, file_name, &error))
    return refuse (profile_argument, error);
  return LADDER_EXIT_OK;
}

int
ladder_cli_run (int    argc,
                char **argv)
{
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (LadderStore) store = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *check = NULL;
  g_autofree char *import = NULL;
  g_autofree char *framework_out = NULL;
  g_autofree char *framework_in = NULL;
  FrameworkOptions framework_options = { NULL };
  /* What GOption gives is the caller's to free: held here, lent to framework_options. */
  g_autofree char *fw_name = NULL;
  g_autofree char *fw_name_column = NULL;
  g_autofree char *fw_group_column = NULL;
  g_autofree char *fw_description_column = NULL;
  g_autofree char *fw_levels = NULL;
  g_autofree char *fw_management_levels = NULL;
  g_autofree char *fw_track_title = NULL;
  g_autofree char *fw_management_title = NULL;

  gboolean list_ladders = FALSE;
  g_autofree char *json_out = NULL;
  g_autofree char *pdf_out = NULL;
  g_autofree char *markdown_out = NULL;
  g_autofree char *ics_out = NULL;
  g_autofree char *case_out = NULL;
  g_autofree char *profile_argument = NULL;
  gboolean regenerate = FALSE;
  g_autofree char *language = NULL;
  g_autofree char *evidence = NULL;
  g_autofree char *evidence_skill = NULL;
  g_autofree char *evidence_date = NULL;
  g_autofree char *evidence_outcome = NULL;
  g_autofree char *evidence_link = NULL;
  g_auto (GStrv) args = NULL;
  gboolean list = FALSE;
  gboolean version = FALSE;
  int actions;
  const GOptionEntry entries[] = {
    { "list-profiles", 0, 0, G_OPTION_ARG_NONE, &list,
      N_("List the stored profiles: file name, tab, name"), NULL },
    { "check", 0, 0, G_OPTION_ARG_FILENAME, &check,
      N_("Check that FILE is a profile Ladder can open"), N_("FILE") },
    { "import", 0, 0, G_OPTION_ARG_FILENAME, &import,
      N_("Copy the profile FILE into the store under a new name"), N_("FILE") },
    { "list-frameworks", 0, 0, G_OPTION_ARG_NONE, &list_ladders,
      N_("List the career ladders: id, tab, name"), NULL },
    { "import-framework", 0, 0, G_OPTION_ARG_FILENAME, &framework_in,
      N_("Store a company’s career ladder from FILE: a competency matrix saved as CSV, or "
         "framework JSON"), N_("FILE") },
    { "ladder-name", 0, 0, G_OPTION_ARG_STRING, &fw_name,
      N_("With --import-framework: the ladder’s name (the file’s otherwise)"), N_("NAME") },
    { "name-column", 0, 0, G_OPTION_ARG_STRING, &fw_name_column,
      N_("With --import-framework: the column of competency names (letter or title)"),
      N_("COLUMN") },
    { "group-column", 0, 0, G_OPTION_ARG_STRING, &fw_group_column,
      N_("With --import-framework: the column of groups, or - for none"), N_("COLUMN") },
    { "description-column", 0, 0, G_OPTION_ARG_STRING, &fw_description_column,
      N_("With --import-framework: the column of descriptions, or - for none"), N_("COLUMN") },
    { "levels", 0, 0, G_OPTION_ARG_STRING, &fw_levels,
      N_("With --import-framework: the level columns of the first track, lowest first, "
         "separated by commas"), N_("COLUMNS") },
    { "management-levels", 0, 0, G_OPTION_ARG_STRING, &fw_management_levels,
      N_("With --import-framework: the level columns of the management track"),
      N_("COLUMNS") },
    { "track-title", 0, 0, G_OPTION_ARG_STRING, &fw_track_title,
      N_("With --import-framework: what the company calls its first track"), N_("TEXT") },
    { "management-title", 0, 0, G_OPTION_ARG_STRING, &fw_management_title,
      N_("With --import-framework: what the company calls its management track"),
      N_("TEXT") },
    { "export-framework", 0, 0, G_OPTION_ARG_FILENAME, &framework_out,
      N_("Write the built-in career framework to OUT as JSON"), N_("OUT") },
    { "export-json", 0, 0, G_OPTION_ARG_FILENAME, &json_out,
      N_("Write the profile given with --profile to OUT, with its plan and interview drafts"), N_("OUT") },
    { "export-pdf", 0, 0, G_OPTION_ARG_FILENAME, &pdf_out,
      N_("Write the plan report of the profile given with --profile to OUT as PDF"), N_("OUT") },
    { "export-markdown", 0, 0, G_OPTION_ARG_FILENAME, &markdown_out,
      N_("Write the same report as Markdown"), N_("OUT") },
    { "export-case", 0, 0, G_OPTION_ARG_FILENAME, &case_out,
      N_("Write the promotion case of the profile given with --profile to OUT (PDF, or "
         "Markdown for a name ending in .md)"), N_("OUT") },
    { "export-ics", 0, 0, G_OPTION_ARG_FILENAME, &ics_out,
      N_("Write the plan of the profile given with --profile to OUT as an iCalendar file"),
      N_("OUT") },
    { "profile", 0, 0, G_OPTION_ARG_FILENAME, &profile_argument,
      N_("The profile to export: a file, or the name of a stored profile"), N_("P") },
    { "regenerate", 0, 0, G_OPTION_ARG_NONE, &regenerate,
      N_("Generate the plan afresh, keeping the items you edited"), NULL },
    { "add-evidence", 0, 0, G_OPTION_ARG_STRING, &evidence,
      N_("Add TEXT, what you did, to the evidence log of the profile given with --profile"),
      N_("TEXT") },
    { "skill", 0, 0, G_OPTION_ARG_STRING, &evidence_skill,
      N_("With --add-evidence: the id of the skill it shows"), N_("ID") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &evidence_date,
      N_("With --add-evidence: when, as YYYY-MM-DD (today otherwise)"), N_("DATE") },
    { "outcome", 0, 0, G_OPTION_ARG_STRING, &evidence_outcome,
      N_("With --add-evidence: what came of it"), N_("TEXT") },
    { "link", 0, 0, G_OPTION_ARG_STRING, &evidence_link,
      N_("With --add-evidence: where it can be seen"), N_("URL") },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language,
      N_("Write exports and messages in LANG: en, zh_CN or ru (the interface language "
         "otherwise)"), N_("LANG") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Show the version"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &args, NULL, NULL },
    { NULL }
  };

  context = g_option_context_new (_("[FILE.json]"));
  g_option_context_set_summary (context, _("Plan a product manager’s career."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("ladder: %s\n", error->message);
      return LADDER_EXIT_USAGE;
    }

  actions = (list ? 1 : 0) + (check != NULL) + (import != NULL) + (framework_out != NULL) +
            (json_out != NULL) + (pdf_out != NULL) + (markdown_out != NULL) + (version ? 1 : 0) +
            (evidence != NULL) + (ics_out != NULL) + (case_out != NULL) +
            (list_ladders ? 1 : 0) + (framework_in != NULL);
  if (actions != 1 || args != NULL)
    {
      g_printerr ("ladder: %s\n", _("give exactly one action; see “ladder --help”"));
      return LADDER_EXIT_USAGE;
    }
  if ((json_out != NULL || pdf_out != NULL || markdown_out != NULL || evidence != NULL ||
       ics_out != NULL || case_out != NULL) !=
        (profile_argument != NULL) ||
      (regenerate && json_out == NULL))
    {
      g_printerr ("ladder: %s\n", _("an export needs --profile P, and --profile and "
                                     "--regenerate go with an export"));
      return LADDER_EXIT_USAGE;
    }

  if ((evidence_skill != NULL || evidence_date != NULL || evidence_outcome != NULL ||
       evidence_link != NULL) && evidence == NULL)
    {
      g_printerr ("ladder: %s\n",
                  _("--skill, --date, --outcome and --link go with --add-evidence"));
      return LADDER_EXIT_USAGE;
    }
  framework_options = (FrameworkOptions) { fw_name, fw_name_column, fw_group_column,
                                          fw_description_column, fw_levels,
                                          fw_management_levels, fw_track_title,
                                          fw_management_title };
  if ((framework_options.name != NULL || framework_options.name_column != NULL ||
       framework_options.group_column != NULL || framework_options.description_column != NULL ||
       framework_options.levels != NULL || framework_options.management_levels != NULL ||
       framework_options.track_title != NULL || framework_options.management_title != NULL) &&
      framework_in == NULL)
    {
      g_printerr ("ladder: %s\n", _("the ladder and column options go with --import-framework"));
      return LADDER_EXIT_USAGE;
    }
  if (language != NULL)
    {
      if (!ladder_format_is_language (language))
        {
          g_printerr ("ladder: %s\n", _("--language takes en, zh_CN or ru"));
          return LADDER_EXIT_USAGE;
        }
      /* Everything from here on speaks that language. */
      ladder_format_set_language (language);
    }

  if (version)
    {
      g_print ("ladder %s\n", PACKAGE_VERSION);
      return LADDER_EXIT_OK;
    }
  if (check != NULL)
    return check_file (check);
  if (framework_out != NULL)
    return export_framework (framework_out);
  if (list_ladders)
    return list_frameworks ();
  if (framework_in != NULL)
    return import_framework (framework_in, &framework_options);
  if (evidence != NULL)
    {
      EvidenceOptions options = { evidence, evidence_skill, evidence_date, evidence_outcome,
                                  evidence_link };

      return add_evidence (profile_argument, &options);
    }
  if (json_out != NULL)
    return export_json (json_out, profile_argument, regenerate);
  if (ics_out != NULL)
    return export_file (ics_out, profile_argument, EXPORT_CALENDAR);
  if (case_out != NULL)
    return export_file (case_out, profile_argument, EXPORT_CASE);
  if (pdf_out != NULL || markdown_out != NULL)
    return export_file (pdf_out != NULL ? pdf_out : markdown_out, profile_argument,
                        pdf_out != NULL ? EXPORT_PDF : EXPORT_MARKDOWN);

  store = ladder_store_new (NULL);
  if (list)
    return list_profiles (store);
  return import_file (store, import);
}
