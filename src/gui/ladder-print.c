/* SPDX-License-Identifier: GPL-3.0-or-later
 * Printing: the report lays itself out on the printer's page and draws the same blocks the PDF
 * export draws. */
#define G_LOG_DOMAIN "ladder-print"

#include "config.h"

#include "ladder-i18n.h"

#include "core/ladder-format.h"
#include "core/ladder-interview.h"
#include "core/ladder-planner.h"
#include "core/ladder-report.h"
#include "ladder-print.h"

/* The language chosen in the dialog's Language tab, while the report is laid out and drawn:
 * the work is done here, on the main thread, between two frames of the window. */
static LadderLanguageSaved *
speak_chosen (GtkPrintOperation *operation)
{
  const char *language = g_object_get_data (G_OBJECT (operation), "language");

  if (language == NULL || g_str_equal (language, ladder_format_language ()))
    return NULL;
  return ladder_format_use_language (language);
}

static GObject *
on_create_custom_widget_cb (GtkPrintOperation *operation)
{
  const char * const *codes = ladder_format_languages ();
  const char *names[4] = { NULL };
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = gtk_label_new_with_mnemonic (_("_Write the plan in"));
  GtkWidget *dropdown;

  for (guint i = 0; codes[i] != NULL && i + 1 < G_N_ELEMENTS (names); i++)
    names[i] = ladder_format_language_name (codes[i]);
  dropdown = gtk_drop_down_new_from_strings (names);
  for (guint i = 0; codes[i] != NULL; i++)
    if (g_str_equal (codes[i], ladder_format_language ()))
      gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), i);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), dropdown);
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_valign (box, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), dropdown);
  g_object_set_data (G_OBJECT (box), "dropdown", dropdown);
  return G_OBJECT (box);
}

static void
on_custom_widget_apply_cb (GtkPrintOperation *operation,
                           GtkWidget         *box)
{
  GtkDropDown *dropdown = g_object_get_data (G_OBJECT (box), "dropdown");
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected < g_strv_length ((char **) ladder_format_languages ()))
    ladder_print_operation_set_language (operation, ladder_format_languages ()[selected]);
}

/**
 * ladder_print_operation_set_language:
 * @language: one of ladder_format_languages()
 *
 * What the dialog's Language tab does: the report is written in @language.
 */
void
ladder_print_operation_set_language (GtkPrintOperation *operation,
                                     const char        *language)
{
  g_return_if_fail (ladder_format_is_language (language));
  g_object_set_data_full (G_OBJECT (operation), "language", g_strdup (language), g_free);
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   LadderProfile     *profile)
{
  LadderLanguageSaved *saved = speak_chosen (operation);
  LadderReport *report;

  if (saved != NULL)
    {
      /* The plan and the drafts the person has not edited, in the chosen language. */
      ladder_planner_localize (ladder_profile_get_framework (profile), profile);
      ladder_interview_fill (ladder_profile_get_framework (profile), profile, TRUE);
    }
  report = ladder_report_new (ladder_profile_get_framework (profile), profile,
                              gtk_print_context_get_cairo_context (context),
                              gtk_print_context_get_width (context),
                              gtk_print_context_get_height (context));
  ladder_format_restore_language (saved);
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
  LadderLanguageSaved *saved = speak_chosen (operation);

  ladder_report_draw_page (report, gtk_print_context_get_cairo_context (context), page);
  ladder_format_restore_language (saved);
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
  /* Translators: the print dialog's tab with the choice of the report's language */
  gtk_print_operation_set_custom_tab_label (operation, _("Language"));
  g_signal_connect (operation, "create-custom-widget", G_CALLBACK (on_create_custom_widget_cb),
                    NULL);
  g_signal_connect (operation, "custom-widget-apply", G_CALLBACK (on_custom_widget_apply_cb),
                    NULL);
  g_object_set_data_full (G_OBJECT (operation), "profile", copy, g_object_unref);
  return operation;
}
