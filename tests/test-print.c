/* SPDX-License-Identifier: GPL-3.0-or-later
 * Printing goes through GtkPrintOperation and the same renderer as the PDF export: exported to
 * a file under a real display, it gives the same pages. */
#include "config.h"

#include "ladder-test-env.h"
#include "ladder-test-gui.h"

#include <adwaita.h>

#include "core/ladder-planner.h"
#include "core/ladder-report.h"
#include "gui/ladder-print.h"

static char *
pdf_text (const char *tool,
          const char *path)
{
  const char *argv[] = { tool, path, "-", NULL };
  char *out = NULL;
  int status;

  if (g_str_equal (tool, "pdfinfo"))
    argv[2] = NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL,
                               G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out,
                               NULL, &status, NULL));
  return out;
}

static char *
pages_line (const char *info)
{
  g_auto (GStrv) lines = g_strsplit (info, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "Pages:"))
      return g_strdup (lines[i]);
  return NULL;
}

static void
test_print_matches_pdf (void)
{
  g_autoptr (LadderProfile) profile = ladder_test_load_sample ("anna-petrova-saas-enterprise.json");
  g_autoptr (GtkPrintOperation) operation = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *printed = g_build_filename (g_get_user_data_dir (), "printed.pdf", NULL);
  g_autofree char *exported = g_build_filename (g_get_user_data_dir (), "exported.pdf", NULL);
  g_autofree char *printed_info = NULL, *exported_info = NULL;
  g_autofree char *printed_pages = NULL, *exported_pages = NULL;
  g_autofree char *printed_text = NULL, *exported_text = NULL;
  GtkPrintOperationResult result;
  GtkPaperSize *paper = gtk_paper_size_new (NULL);
  double width = gtk_paper_size_get_width (paper, GTK_UNIT_POINTS);
  double height = gtk_paper_size_get_height (paper, GTK_UNIT_POINTS);

  gtk_paper_size_free (paper);
  ladder_planner_regenerate (ladder_framework_get_builtin (), profile);

  operation = ladder_print_operation_new (profile);
  gtk_print_operation_set_export_filename (operation, printed);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  ladder_test_drain ();

  g_assert_true (ladder_report_write_pdf (ladder_framework_get_builtin (), profile, exported,
                                          width, height, &error));
  printed_info = pdf_text ("pdfinfo", printed);
  exported_info = pdf_text ("pdfinfo", exported);
  printed_pages = pages_line (printed_info);
  exported_pages = pages_line (exported_info);
  g_assert_nonnull (printed_pages);
  g_assert_cmpstr (printed_pages, ==, exported_pages);

  printed_text = pdf_text ("pdftotext", printed);
  exported_text = pdf_text ("pdftotext", exported);
  g_assert_nonnull (strstr (printed_text, "Anna Petrova"));
  g_assert_cmpstr (printed_text, ==, exported_text);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = ladder_test_isolate_home ();

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/print/matches-pdf", test_print_matches_pdf);

  return g_test_run ();
}
