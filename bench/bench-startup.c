/* SPDX-License-Identifier: GPL-3.0-or-later
 * Start-up to the first painted frame and peak memory: Ladder's window with a sample profile
 * against a bare libadwaita window built here, each in a fresh process, median of several; and
 * the time to open a 1,000-skill matrix. The first frame is GdkFrameClock's "after-paint". */
#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>

#include "gui/ladder-skills-view.h"
#include "gui/ladder-window.h"

#define RUNS 7

static gint64 child_start;

static long
peak_rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmHWM:");
  return line != NULL ? strtol (line + 6, NULL, 10) : -1;
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   gpointer       user_data)
{
  GtkWidget *window = user_data;
  LadderProfile *profile = g_object_get_data (G_OBJECT (window), "profile");

  if (profile != NULL)
    {
      GtkWidget *view = g_object_new (LADDER_TYPE_SKILLS_VIEW, NULL);

      child_start = g_get_monotonic_time ();
      ladder_skills_view_set_profile (LADDER_SKILLS_VIEW (view), profile);
      gtk_window_set_child (GTK_WINDOW (window), view);
      g_object_set_data (G_OBJECT (window), "profile", NULL);
      return;
    }
  /* The moment the first frame is on screen, and what that cost in memory. */
  printf ("%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %ld\n", g_get_monotonic_time (),
          g_get_monotonic_time () - child_start, peak_rss_kib ());
  fflush (stdout);
  exit (0);
}

static void
on_map_cb (GtkWidget *window,
           gpointer   user_data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint_cb), window);
}

static int
child (const char *mode)
{
  GtkWidget *window;

  adw_init ();
  if (g_str_equal (mode, "bare"))
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *page = adw_status_page_new ();

      window = adw_application_window_new (NULL);
      gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
      adw_status_page_set_title (ADW_STATUS_PAGE (page), "Bare");
      gtk_widget_set_vexpand (page, TRUE);
      gtk_box_append (GTK_BOX (box), page);
      adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
    }
  else if (g_str_equal (mode, "ladder"))
    window = g_object_new (LADDER_TYPE_WINDOW, NULL);
  else
    {
      LadderProfile *profile = ladder_profile_new ("Many");

      for (guint i = 0; i < (guint) atoi (g_getenv ("BENCH_SKILLS") ? g_getenv ("BENCH_SKILLS") : "978"); i++)
        {
          g_autofree char *name = g_strdup_printf ("Own skill %u", i);
          g_autofree char *id = ladder_profile_add_skill (profile, name, "craft");
        }
      /* The window is up and drawn first; only the matrix's own work is timed. */
      window = gtk_window_new ();
      g_object_set_data_full (G_OBJECT (window), "profile", profile, g_object_unref);
      gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("…"));
    }
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  g_signal_connect (window, "map", G_CALLBACK (on_map_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
  for (;;)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}

static int
compare (const void *a,
         const void *b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static void
measure (const char *self,
         const char *mode,
         double     *ms,
         double     *rss_mib)
{
  double times[RUNS], rss[RUNS];

  for (guint r = 0; r < RUNS; r++)
    {
      const char *argv[] = { self, mode, NULL };
      g_autofree char *out = NULL;
      gint64 start = g_get_monotonic_time ();
      gint64 painted = 0, inside = 0;
      long kib = 0;

      if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                         &out, NULL, NULL, NULL) ||
          sscanf (out, "%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %ld", &painted, &inside,
                  &kib) != 3)
        g_error ("%s: no first frame", mode);
      /* From spawning the process, except for the matrix: from opening the view. */
      times[r] = (g_str_equal (mode, "matrix") ? inside : painted - start) / 1000.0;
      rss[r] = kib / 1024.0;
    }
  qsort (times, RUNS, sizeof (double), compare);
  qsort (rss, RUNS, sizeof (double), compare);
  *ms = times[RUNS / 2];
  *rss_mib = rss[RUNS / 2];
}

int
main (int   argc,
      char *argv[])
{
  double bare_ms, bare_rss, ladder_ms, ladder_rss, matrix_ms, matrix_rss;

  if (argc == 2)
    {
      child_start = g_get_monotonic_time ();
      gtk_init ();
      return child (argv[1]);
    }

  measure (argv[0], "bare", &bare_ms, &bare_rss);
  measure (argv[0], "ladder", &ladder_ms, &ladder_rss);
  measure (argv[0], "matrix", &matrix_ms, &matrix_rss);
  printf ("| what | median of %d | against | ratio / difference | goal |\n"
          "|---|---|---|---|---|\n", RUNS);
  printf ("| start-up to first frame | %.0f ms | bare libadwaita window: %.0f ms | %.2f× | ≤ 1.15× |\n",
          ladder_ms, bare_ms, ladder_ms / bare_ms);
  printf ("| peak RSS at first frame | %.1f MiB | bare: %.1f MiB | +%.1f MiB | ≤ +20 MiB |\n",
          ladder_rss, bare_rss, ladder_rss - bare_rss);
  printf ("| opening a 1,000-skill matrix to its first frame | %.0f ms | | | no visible stall |\n",
          matrix_ms);
  return 0;
}
