/* SPDX-License-Identifier: GPL-3.0-or-later
 * Printing: the report lays itself out on the printer's page and draws the same blocks the PDF
 * export draws. */
#define G_LOG_DOMAIN "ladder-print"

#include "config.h"

#include <glib/gi18n.h>

#include "core/ladder-report.h"
#include "ladder-print.h"

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   LadderProfile     *profile)
{
  LadderReport *report = ladder_report_new (ladder_framework_get_builtin (), profile,
                                            gtk_print_context_get_cairo_context (context),
                                            gtk_print_context_get_width (context),
                                            gtk_print_context_get_height (context));

  g_object_set_data_full (G_OBJECT (operation), "report", report,
                          (GDestroyNotify) ladder_report_free);
  gtk_print_operation_set_n_pages (operation, ladder_report_get_n_pages (report));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 LadderProfile     *profile)
{
  LadderReport *report = g_object_get_data (G_OBJECT (operation), "report");

  ladder_report_draw_page (report, gtk_print_context_get_cairo_context (context), page);
}

static void
on_end_print_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 LadderProfile     *profile)
{
  g_object_set_data (G_OBJECT (operation), "report", NULL);
}

/**
 * ladder_print_operation_new:
 *
 * Returns: (transfer full): a print operation for the report of @profile (a copy is taken, so
 * the profile may change while the dialog is open)
 */
GtkPrintOperation *
ladder_print_operation_new (LadderProfile *profile)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  LadderProfile *copy = ladder_profile_copy (profile);
  g_autoptr (GtkPageSetup) setup = gtk_page_setup_new ();

  /* The report draws its own margins, footer and page numbers. */
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_job_name (operation, ladder_profile_get_name (profile));
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (on_begin_print_cb), copy,
                         NULL, 0);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), copy);
  g_signal_connect (operation, "end-print", G_CALLBACK (on_end_print_cb), copy);
  g_object_set_data_full (G_OBJECT (operation), "profile", copy, g_object_unref);
  return operation;
}
