/* SPDX-License-Identifier: GPL-3.0-or-later
 * Start-up to the first painted frame and peak memory: Ladder's window with a sample profile
 * against a bare libadwaita window built here, each in a fresh process, median of several; and
 * the time to open a 1,000-skill matrix; and view switches, from the switch (what Alt+1…4 does)
 * to the next painted frame, first visits apart, against a bare AdwViewStack window with four
 * pages. The frame is GdkFrameClock's "after-paint". */
#include "config.h"

#include <adwaita.h>
#include <stdio.h>
#include <stdlib.h>

#include "core/ladder-planner.h"
#include "core/ladder-session.h"
#include "core/ladder-store.h"
#include "gui/ladder-skills-view.h"
#include "gui/ladder-window.h"

#include "bench-large.h"

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

static int compare (const void *a,
                    const void *b);

/* The person's own skills that make a profile the 1,000-skill one (with the 22 built-in). */
static void
add_own_skills (LadderProfile *profile,
                guint          n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = g_strdup_printf ("Own skill %u", i);
      g_autofree char *id = ladder_profile_add_skill (profile, name, "craft");
    }
}

/* ---- View switches ---------------------------------------------------------------------- */

#define SWITCH_ROUNDS 8

static const char * const switch_views[] = { "skills", "plan", "interview", "ladder" };

typedef struct
{
  GtkWidget *window;
  AdwViewStack *stack; /* the bare window's */
  guint step;
  gint64 started;      /* when the switch in flight began, or 0 */
  gboolean scheduled;
  double first[4];     /* first visit of each view */
  GArray *later;       /* every switch after the first round */
} Switches;

static gboolean
do_switch_cb (gpointer user_data)
{
  Switches *s = user_data;
  const char *name = switch_views[s->step % 4];

  s->scheduled = FALSE;
  s->started = g_get_monotonic_time ();
  if (s->stack != NULL)
    adw_view_stack_set_visible_child_name (s->stack, name);
  else
    gtk_widget_activate_action (s->window, "win.show-view", "s", name);
  return G_SOURCE_REMOVE;
}

static void
on_switch_painted_cb (GdkFrameClock *clock,
                      Switches      *s)
{
  if (s->started != 0)
    {
      double ms = (g_get_monotonic_time () - s->started) / 1000.0;

      if (s->step < 4)
        s->first[s->step] = ms;
      else
        g_array_append_val (s->later, ms);
      s->started = 0;
      s->step++;
    }
  if (s->step == 4 * SWITCH_ROUNDS)
    {
      double *v = (double *) s->later->data;

      qsort (v, s->later->len, sizeof (double), compare);
      printf ("%.1f %.1f %.1f %.1f %.1f %.1f\n", s->first[0], s->first[1], s->first[2],
              s->first[3], v[s->later->len / 2], v[s->later->len * 9 / 10]);
      fflush (stdout);
      exit (0);
    }
  /* Let the frame finish and the idle work settle before the next switch. */
  if (s->started == 0 && !s->scheduled)
    {
      s->scheduled = TRUE;
      g_timeout_add (120, do_switch_cb, s);
    }
}

static void
on_switch_map_cb (GtkWidget *window,
                  Switches  *s)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_switch_painted_cb), s);
  /* A still window paints once and goes quiet: start from a timer, not from a frame. */
  s->scheduled = TRUE;
  g_timeout_add (500, do_switch_cb, s);
}

static int
switch_child (const char *mode)
{
  Switches *s = g_new0 (Switches, 1);

  adw_init ();
  s->later = g_array_new (FALSE, FALSE, sizeof (double));
  if (g_str_equal (mode, "switch-bare"))
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *header = adw_header_bar_new ();
      GtkWidget *title = adw_view_switcher_title_new ();

      s->window = adw_application_window_new (NULL);
      s->stack = ADW_VIEW_STACK (adw_view_stack_new ());
      for (guint i = 0; i < 4; i++)
        {
          GtkWidget *page = adw_status_page_new ();

          adw_status_page_set_title (ADW_STATUS_PAGE (page), switch_views[i]);
          adw_view_stack_add_titled (s->stack, page, switch_views[i], switch_views[i]);
        }
      /* Like Ladder, start on the last page, so that every switch changes the page. */
      adw_view_stack_set_visible_child_name (s->stack, "ladder");
      adw_view_switcher_title_set_stack (ADW_VIEW_SWITCHER_TITLE (title), s->stack);
      adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), title);
      gtk_box_append (GTK_BOX (box), header);
      gtk_widget_set_vexpand (GTK_WIDGET (s->stack), TRUE);
      gtk_box_append (GTK_BOX (box), GTK_WIDGET (s->stack));
      adw_application_window_set_content (ADW_APPLICATION_WINDOW (s->window), box);
    }
  else
    {
      if (g_str_equal (mode, "switch-large"))
        {
          /* 1,000 skills, saved in the store and opened as the last profile. */
          g_autoptr (LadderProfile) profile = ladder_profile_new ("Many");
          g_autoptr (LadderStore) store = ladder_store_new (NULL);
          g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
          g_autofree char *file_name = NULL;

          add_own_skills (profile, 978);
          file_name = ladder_store_create (store, profile, NULL);
          g_settings_set_string (settings, "last-profile", file_name);
        }
      s->window = g_object_new (LADDER_TYPE_WINDOW, NULL);
    }
  gtk_window_set_default_size (GTK_WINDOW (s->window), 1100, 760);
  g_signal_connect (s->window, "map", G_CALLBACK (on_switch_map_cb), s);
  gtk_window_present (GTK_WINDOW (s->window));
  for (;;)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}

/* What a fresh process of this benchmark in @mode prints, or %NULL. */
static char *
run_child (const char *self,
           const char *mode)
{
  const char *argv[] = { self, mode, NULL };
  char *text = NULL;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &text,
                     NULL, NULL, NULL))
    return NULL;
  return text;
}

static void
measure_switches (const char *self,
                  const char *mode,
                  double      out[6])
{
  g_autofree char *text = run_child (self, mode);

  if (text == NULL ||
      sscanf (text, "%lf %lf %lf %lf %lf %lf", &out[0], &out[1], &out[2], &out[3], &out[4],
              &out[5]) != 6)
    g_error ("%s: no switches measured", mode);
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

      add_own_skills (profile, (guint) atoi (g_getenv ("BENCH_SKILLS") ? g_getenv ("BENCH_SKILLS")
                                                                        : "978"));
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

/* ---- Undo in the window -------------------------------------------------------------------
 * "undo-PROFILE-CHANGE-VIEW": a profile open on a view; a change of the kind CHANGE (the
 * profile's name, a skill's level, a plan item's status), then what Ctrl+Z does, timed from the
 * action to the window's next painted frame. PROFILE is a sample (Anna Petrova), the 1,000-skill
 * profile or the large one (1.8 MiB); for the large one every other round waits until the
 * session has read the step ahead. "undo-bare": a bare libadwaita window whose action changes
 * a label, timed the same way: what any window takes from an action to its frame. */

typedef struct
{
  GtkWidget *window;
  GtkWidget *label;     /* the bare window's */
  const char *change;
  gboolean large;
  guint round;
  gboolean ahead;       /* this round waits for the step to be read ahead */
  gint64 started;
  double times[2][RUNS];
} Undos;

static gboolean undo_round_cb (gpointer user_data);

static void
on_undo_painted_cb (GdkFrameClock *clock,
                    Undos         *u)
{
  if (u->started == 0)
    return;
  u->times[u->ahead][u->round / 2] = (g_get_monotonic_time () - u->started) / 1000.0;
  u->started = 0;
  u->round++;
  if (u->round == 2 * RUNS)
    {
      qsort (u->times[0], RUNS, sizeof (double), compare);
      qsort (u->times[1], RUNS, sizeof (double), compare);
      printf ("%.1f %.1f\n", u->times[0][RUNS / 2], u->times[1][RUNS / 2]);
      fflush (stdout);
      exit (0);
    }
  g_timeout_add (300, undo_round_cb, u);
}

static gboolean
undo_when_ready_cb (gpointer user_data)
{
  Undos *u = user_data;

  if (u->label != NULL)
    {
      g_autofree char *text = g_strdup_printf ("Undone %u", u->round);

      u->started = g_get_monotonic_time ();
      gtk_label_set_text (GTK_LABEL (u->label), text);
      return G_SOURCE_REMOVE;
    }
  if (u->ahead && !ladder_session_get_undo_ready (ladder_window_get_session (LADDER_WINDOW (u->window))))
    return G_SOURCE_CONTINUE;
  u->started = g_get_monotonic_time ();
  gtk_widget_activate_action (u->window, "win.undo", NULL);
  return G_SOURCE_REMOVE;
}

static void
make_change (Undos *u)
{
  LadderProfile *profile = ladder_window_get_profile (LADDER_WINDOW (u->window));

  if (g_str_equal (u->change, "level"))
    {
      const LadderProfileSkill *skill = ladder_profile_get_skill (profile, 0);

      ladder_profile_set_skill_levels (profile, skill->id, (skill->current + 1) % 6,
                                       skill->target);
    }
  else if (g_str_equal (u->change, "status"))
    {
      const LadderPlanItem *item = ladder_profile_get_plan_item (profile, 0);

      ladder_profile_set_plan_item_status (profile, item->id, item->status == LADDER_STATUS_DONE
                                           ? LADDER_STATUS_PLANNED : LADDER_STATUS_DONE);
    }
  else
    {
      g_autofree char *name = g_strdup_printf ("Renamed %u", u->round);

      ladder_profile_set_name (profile, name);
    }
  ladder_session_close_step (ladder_window_get_session (LADDER_WINDOW (u->window)));
}

static gboolean
undo_round_cb (gpointer user_data)
{
  Undos *u = user_data;

  u->ahead = u->large && u->round % 2;
  if (u->label == NULL)
    make_change (u);
  if (u->ahead)
    g_timeout_add (10, undo_when_ready_cb, u);
  else
    undo_when_ready_cb (u);
  return G_SOURCE_REMOVE;
}

static void
on_undo_map_cb (GtkWidget *window,
                Undos     *u)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_undo_painted_cb), u);
  g_timeout_add (1500, undo_round_cb, u);
}

/* The profile named in @mode, put in the store and made the one the window opens. */
static void
open_profile_for (const char *which,
                  const char *view)
{
  g_autoptr (LadderStore) store = ladder_store_new (NULL);
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr (LadderProfile) profile = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *text = NULL;
  gsize length;

  if (g_str_equal (which, "large"))
    text = large_profile (&length);
  else if (!g_file_get_contents (SAMPLES_DIR "/anna-petrova-saas-enterprise.json", &text,
                                 &length, NULL))
    g_error ("no sample profile in %s", SAMPLES_DIR);
  profile = ladder_profile_new_from_data (text, length, NULL);
  g_assert_nonnull (profile);
  if (g_str_equal (which, "many"))
    add_own_skills (profile, 978);
  /* The sample's plan is made when it is first shown: make it now, to have items to change. */
  if (ladder_profile_get_n_plan_items (profile) == 0)
    ladder_planner_regenerate (ladder_profile_get_framework (profile), profile);
  file_name = ladder_store_create (store, profile, NULL);
  g_settings_set_string (settings, "last-profile", file_name);
  g_settings_set_string (settings, "last-view", view);
}

static int
undo_child (const char *mode)
{
  Undos *u = g_new0 (Undos, 1);
  g_auto (GStrv) parts = g_strsplit (mode, "-", 4);

  adw_init ();
  if (g_str_equal (mode, "undo-bare"))
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

      u->window = adw_application_window_new (NULL);
      u->label = gtk_label_new ("Done");
      gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
      gtk_widget_set_vexpand (u->label, TRUE);
      gtk_box_append (GTK_BOX (box), u->label);
      adw_application_window_set_content (ADW_APPLICATION_WINDOW (u->window), box);
    }
  else
    {
      g_assert (g_strv_length (parts) == 4);
      open_profile_for (parts[1], parts[3]);
      u->change = g_intern_string (parts[2]);
      u->large = !g_str_equal (parts[1], "sample");
      u->window = g_object_new (LADDER_TYPE_WINDOW, NULL);
    }
  gtk_window_set_default_size (GTK_WINDOW (u->window), 1100, 760);
  g_signal_connect (u->window, "map", G_CALLBACK (on_undo_map_cb), u);
  gtk_window_present (GTK_WINDOW (u->window));
  for (;;)
    g_main_context_iteration (NULL, TRUE);
  return 0;
}

static void
measure_undo (const char *self,
              const char *mode,
              double      out[2])
{
  g_autofree char *text = run_child (self, mode);

  if (text == NULL || sscanf (text, "%lf %lf", &out[0], &out[1]) != 2)
    g_error ("%s: no undo measured", mode);
}

/* One table row: Ctrl+Z after a change of @change in @which, on each view. */
static void
undo_row (const char *self,
          const char *which,
          const char *change,
          const char *title,
          double      bare)
{
  const char *views[] = { "ladder", "skills", "plan", "progress" };

  printf ("| %s |", title);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *mode = g_strdup_printf ("undo-%s-%s-%s", which, change, views[i]);
      double undo[2];

      measure_undo (self, mode, undo);
      if (!g_str_equal (which, "sample"))
        printf (" %.0f / %.0f ms |", undo[0], undo[1]);
      else
        printf (" %.1f ms |", undo[0]);
    }
  printf (" %.1f ms + 16.7 ms |\n", bare);
}

static void
measure_undos (const char *self)
{
  double bare[2];

  measure_undo (self, "undo-bare", bare);
  printf ("| Ctrl+Z to its frame (median of %d) | Ladder | Skills | Plan | Progress | goal: bare "
          "window + one frame |\n|---|---|---|---|---|---|\n", RUNS);
  printf ("| bare libadwaita window, a label changed by an action | %.1f ms | | | | |\n",
          bare[0]);
  undo_row (self, "sample", "level", "sample profile, a skill's level", bare[0]);
  undo_row (self, "sample", "status", "sample profile, a plan item's status", bare[0]);
  undo_row (self, "sample", "name", "sample profile, its name", bare[0]);
  undo_row (self, "many", "level",
            "1,000-skill profile (150 KiB), a skill's level: right after / read ahead", bare[0]);
  undo_row (self, "many", "name",
            "1,000-skill profile (150 KiB), its name: right after / read ahead", bare[0]);
  undo_row (self, "large", "level",
            "large profile (1.8 MiB), a skill's level: right after / read ahead", bare[0]);
  undo_row (self, "large", "name",
            "large profile (1.8 MiB), its name: right after / read ahead", bare[0]);
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

  if (argc == 2 && !g_str_equal (argv[1], "--undo"))
    {
      child_start = g_get_monotonic_time ();
      gtk_init ();
      if (g_str_has_prefix (argv[1], "switch"))
        return switch_child (argv[1]);
      if (g_str_has_prefix (argv[1], "undo-"))
        return undo_child (argv[1]);
      return child (argv[1]);
    }

  if (argc == 2 && g_str_equal (argv[1], "--undo"))
    {
      measure_undos (argv[0]);
      return 0;
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

  {
    double bare[6], sample[6], large[6];

    measure_switches (argv[0], "switch-bare", bare);
    measure_switches (argv[0], "switch", sample);
    measure_switches (argv[0], "switch-large", large);
    printf ("\n| view switch to its frame (%d rounds) | median | 90th percentile | against bare "
            "AdwViewStack (median, 90th) | goal |\n|---|---|---|---|---|\n", SWITCH_ROUNDS);
    printf ("| sample profile, after the first visit | %.1f ms | %.1f ms | %.1f ms, %.1f ms | "
            "≤ 50 ms |\n", sample[4], sample[5], bare[4], bare[5]);
    printf ("| 1,000-skill profile, after the first visit | %.1f ms | %.1f ms | %.1f ms, %.1f ms | "
            "≤ 50 ms |\n", large[4], large[5], bare[4], bare[5]);
    printf ("\n| first visit (sample / 1,000 skills) | Skills | Plan | Interview | Ladder | goal |\n"
            "|---|---|---|---|---|---|\n");
    printf ("| sample profile | %.0f ms | %.0f ms | %.0f ms | %.0f ms | ≤ 150 ms |\n",
            sample[0], sample[1], sample[2], sample[3]);
    printf ("| 1,000-skill profile | %.0f ms | %.0f ms | %.0f ms | %.0f ms | ≤ 150 ms |\n",
            large[0], large[1], large[2], large[3]);
  }
  return 0;
}
