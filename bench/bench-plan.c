/* SPDX-License-Identifier: GPL-3.0-or-later
 * The Plan view with a plan of N items (the reader takes up to 20,000), or with "progress" the
 * Progress view with N evidence entries and five years of daily ratings: from giving the view
 * the profile to its first painted frame, in a fresh process per size. */
#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/ladder-profile.h"
#include "gui/ladder-plan-view.h"
#include "gui/ladder-progress-view.h"

static gboolean painted = FALSE;

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       data)
{
  painted = TRUE;
}

/* From page @from, shown and painted, to page @to's first painted frame, in milliseconds. */
static double
switch_pages (GtkStack   *stack,
              const char *from,
              const char *to)
{
  gint64 start;

  gtk_stack_set_visible_child_name (stack, from);
  for (painted = FALSE; !painted;)
    g_main_context_iteration (NULL, TRUE);
  start = g_get_monotonic_time ();
  gtk_stack_set_visible_child_name (stack, to);
  for (painted = FALSE; !painted;)
    g_main_context_iteration (NULL, TRUE);
  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint) atoi (argv[1]) : 1000;
  gboolean progress = argc > 2 && g_str_equal (argv[2], "progress");
  g_autoptr (LadderProfile) profile = ladder_profile_new ("Large plan");
  GPtrArray *plan = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_plan_item_free);
  GtkWidget *window, *view, *stack;
  gint64 start;

  gtk_init ();
  adw_init ();
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("item-%u", i);
      g_autofree char *title = g_strdup_printf ("Plan item number %u with a title", i);

      g_ptr_array_add (plan, ladder_plan_item_new (id, "action", i % 3 + 1, i % 4 + 1, "apis",
                                                   title, "An outcome a manager can see"));
    }
  ladder_profile_set_plan (profile, plan, "2026-11-22T10:00:00Z");
  if (progress)
    {
      GDate *day = g_date_new_dmy (1, G_DATE_JANUARY, 2022);

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *text = g_strdup_printf ("Evidence entry number %u, with its words", i);

          ladder_profile_add_evidence (profile, ladder_evidence_new ("2026-01-01", "apis", text,
                                                                     "An outcome", NULL, NULL));
        }
      for (guint i = 0; i < 5 * 365; i++)
        {
          char date[16];
          const LadderProfileSkill *apis = ladder_profile_lookup_skill (profile, "apis");

          g_date_strftime (date, sizeof date, "%Y-%m-%d", day);
          ladder_profile_override_today (date);
          ladder_profile_set_skill_levels (profile, "apis", (apis->current + 1) % 6,
                                           apis->target);
          g_date_add_days (day, 1);
        }
      ladder_profile_override_today (NULL);
      g_date_free (day);
    }
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 700);
  gtk_window_present (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
  start = g_get_monotonic_time ();
  view = g_object_new (progress ? LADDER_TYPE_PROGRESS_VIEW : LADDER_TYPE_PLAN_VIEW, "profile",
                       profile, NULL);
  stack = gtk_stack_new ();
  gtk_stack_add_named (GTK_STACK (stack), view, "view");
  gtk_stack_add_named (GTK_STACK (stack), gtk_label_new ("Another view"), "other");
  gtk_window_set_child (GTK_WINDOW (window), stack);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint_cb), NULL);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  if (progress)
    printf ("| Progress view, %u evidence entries and %u rating snapshots, to its first frame | "
            "%.0f ms |\n", n, ladder_profile_get_n_history (profile),
            (g_get_monotonic_time () - start) / 1000.0);
  else
    printf ("| Plan view, %u items, to its first frame | %.0f ms |\n", n,
            (g_get_monotonic_time () - start) / 1000.0);

  /* A later visit, as the window's view switcher makes it: away to another page, then back;
   * beside it, in the same run, a switch between two pages with nothing but a label. */
  printf ("| the same view, visited again, to its first frame | %.0f ms |\n",
          switch_pages (GTK_STACK (stack), "other", "view"));
  gtk_stack_add_named (GTK_STACK (stack), gtk_label_new ("A plain page"), "plain");
  printf ("| a page with one label, for comparison, to its first frame | %.0f ms |\n",
          switch_pages (GTK_STACK (stack), "plain", "other"));
  return 0;
}
