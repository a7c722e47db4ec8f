/* SPDX-License-Identifier: GPL-3.0-or-later
 * Benchmarks that need no display: loading and saving a large profile against json-glib alone,
 * the PDF export of each sample and of growing plans, and listing a store of 200 profiles the
 * first time and again (what the profile menu does at every switch). Prints a Markdown table. */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "ladder-planner.h"
#include "ladder-report.h"
#include "ladder-session.h"
#include "ladder-store.h"

#include "bench-large.h"

#define RUNS 7

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a, db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static double
median (double *values)
{
  qsort (values, RUNS, sizeof (double), (int (*) (const void *, const void *)) compare_doubles);
  return values[RUNS / 2];
}

static void
bench_load_save (void)
{
  gsize length;
  g_autofree char *data = large_profile (&length);
  double ladder[RUNS], plain[RUNS];

  for (guint r = 0; r < RUNS; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr (GError) error = NULL;
      g_autoptr (LadderProfile) profile = ladder_profile_new_from_data (data, length, &error);
      g_autofree char *out = NULL;
      g_autoptr (JsonParser) parser = json_parser_new ();
      g_autoptr (JsonGenerator) generator = json_generator_new ();
      g_autofree char *plain_out = NULL;

      g_assert_no_error (error);
      out = ladder_profile_to_data (profile, NULL);
      ladder[r] = (g_get_monotonic_time () - start) / 1000.0;

      /* The same work with json-glib alone: parse, generate, and free the tree, as the
       * loader does. */
      start = g_get_monotonic_time ();
      g_assert_true (json_parser_load_from_data (parser, data, length, NULL));
      json_generator_set_root (generator, json_parser_get_root (parser));
      json_generator_set_pretty (generator, TRUE);
      plain_out = json_generator_to_data (generator, NULL);
      g_clear_object (&generator);
      g_clear_object (&parser);
      plain[r] = (g_get_monotonic_time () - start) / 1000.0;
    }
  printf ("| load + save, large profile (%.1f MiB) | %.1f ms | json-glib alone: %.1f ms | "
          "%.2f× |\n",
          length / 1048576.0, median (ladder), median (plain), median (ladder) / median (plain));
}

static double
time_pdf (LadderProfile *profile,
          const char    *path)
{
  double runs[RUNS];

  for (guint r = 0; r < RUNS; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr (GError) error = NULL;

      g_assert_true (ladder_report_write_pdf (ladder_framework_get_builtin (), profile, path,
                                              595.28, 841.89, &error));
      runs[r] = (g_get_monotonic_time () - start) / 1000.0;
    }
  return median (runs);
}

static void
bench_pdf (const char *samples_dir)
{
  const char *samples[] = { "li-wei-ai-startup.json", "anna-petrova-saas-enterprise.json",
                            "zhang-min-ecommerce.json" };
  g_autofree char *out = g_build_filename (g_get_tmp_dir (), "ladder-bench.pdf", NULL);

  for (guint s = 0; s < G_N_ELEMENTS (samples); s++)
    {
      g_autofree char *path = g_build_filename (samples_dir, samples[s], NULL);
      g_autoptr (GError) error = NULL;
      g_autoptr (LadderProfile) profile = ladder_profile_load_file (path, &error);

      g_assert_no_error (error);
      ladder_planner_regenerate (ladder_framework_get_builtin (), profile);
      printf ("| PDF export, %s (%u plan items) | %.1f ms | | |\n", samples[s],
              ladder_profile_get_n_plan_items (profile), time_pdf (profile, out));
    }

  {
    gsize length;
    g_autofree char *data = large_profile (&length);
    g_autoptr (GError) error = NULL;
    g_autoptr (LadderProfile) large = ladder_profile_new_from_data (data, length, &error);

    g_assert_no_error (error);
    printf ("| PDF export, large profile (1,000 skills, 5,000 plan items) | %.0f ms | | |\n",
            time_pdf (large, out));
  }

  /* How the time grows with the plan: it should be linear. */
  for (guint n = 100; n <= 1600; n *= 2)
    {
      g_autoptr (LadderProfile) profile = ladder_profile_new ("Growing");
      g_autoptr (GPtrArray) items = g_ptr_array_new ();
      double ms;

      for (guint i = 0; i < n; i++)
        {
          g_autofree char *id = g_strdup_printf ("item-%u", i);

          g_ptr_array_add (items, ladder_plan_item_new (id, "action", i % 3 + 1, i % 4 + 1,
                                                        "apis", "A plan item with a title",
                                                        "An outcome"));
        }
      ladder_profile_set_plan (profile, g_steal_pointer (&items), NULL);
      ms = time_pdf (profile, out);
      printf ("| PDF export, %u plan items | %.1f ms | %.3f ms per item | |\n", n, ms, ms / n);
    }
  g_unlink (out);
}

/* 200 profiles of 1,000 skills each (the large profile without its plan and evidence). */
static void
bench_store_listing (void)
{
  g_autofree char *dir = g_dir_make_tmp ("ladder-bench-store-XXXXXX", NULL);
  g_autoptr (LadderStore) store = ladder_store_new (dir);
  g_autoptr (LadderProfile) profile = NULL;
  g_autofree char *data = NULL;
  double first[RUNS], again[RUNS], checked[RUNS];
  gsize length;

  data = large_profile (&length);
  profile = ladder_profile_new_from_data (data, length, NULL);
  g_assert_nonnull (profile);
  ladder_profile_set_plan (profile, g_ptr_array_new (), NULL);
  for (guint i = 0; i < 200; i++)
    g_free (ladder_store_create (store, profile, NULL));

  for (guint r = 0; r < RUNS; r++)
    {
      g_autoptr (LadderStore) fresh = ladder_store_new (dir);
      gint64 start = g_get_monotonic_time ();
      g_autoptr (GPtrArray) a = ladder_store_list (fresh, NULL);
      gint64 middle = g_get_monotonic_time ();
      g_autoptr (GPtrArray) b = ladder_store_list (fresh, NULL);

      g_autoptr (LadderStore) other = NULL;
      g_autoptr (GPtrArray) c = NULL;
      gint64 end;

      g_assert_true (a->len == 200 && b->len == 200);
      first[r] = (middle - start) / 1000.0;
      end = g_get_monotonic_time ();
      again[r] = (end - middle) / 1000.0;
      other = ladder_store_new (dir);
      c = ladder_store_list_checked (other, NULL);
      g_assert_true (c->len == 200);
      checked[r] = (g_get_monotonic_time () - end) / 1000.0;
    }
  printf ("| listing a store of 200 profiles (1,000 skills each), by name: first / again | "
          "%.0f ms | again: %.1f ms | |\n", median (first), median (again));
  printf ("| the same, each file read in full (`--list-profiles`) | %.0f ms | | |\n",
          median (checked));
  {
    g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
    const char *name;

    while ((name = g_dir_read_name (d)) != NULL)
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);

        g_unlink (path);
      }
    g_rmdir (dir);
  }
}

/* A change and its undo in a session: the change's cost includes taking the step's snapshot
 * (one serialization, when the step closes); the undo's is putting the profile as it was back.
 * Right after the change, that is reading the step's text; a moment later (@ahead), a large
 * step has been read in a thread while nobody waited, and Undo only puts it in. The views' own
 * updates come on top (bench-startup does not time them yet). */
static void
time_undo (const char *what,
           const char *data,
           gsize       length,
           gboolean    ahead)
{
  g_autofree char *dir = g_dir_make_tmp ("ladder-bench-undo-XXXXXX", NULL);
  g_autoptr (LadderStore) store = ladder_store_new (dir);
  g_autoptr (LadderSession) session = ladder_session_new (store);
  g_autoptr (LadderProfile) profile = ladder_profile_new_from_data (data, length, NULL);
  g_autofree char *file_name = ladder_store_create (store, profile, NULL);
  double change[RUNS], undo[RUNS], wait[RUNS];

  g_assert_nonnull (file_name);
  ladder_session_set_profile (session, profile, file_name);
  for (guint r = 0; r < RUNS; r++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autofree char *label = NULL;
      g_autofree char *name = g_strdup_printf ("Renamed %u", r);

      ladder_profile_set_name (profile, name);
      ladder_session_close_step (session);
      change[r] = (g_get_monotonic_time () - start) / 1000.0;
      start = g_get_monotonic_time ();
      while (ahead && !ladder_session_get_undo_ready (session) &&
             g_get_monotonic_time () - start < 10 * G_USEC_PER_SEC)
        g_main_context_iteration (NULL, TRUE);
      wait[r] = (g_get_monotonic_time () - start) / 1000.0;
      start = g_get_monotonic_time ();
      label = ladder_session_undo (session, NULL);
      undo[r] = (g_get_monotonic_time () - start) / 1000.0;
      g_assert_nonnull (label);
    }
  if (!ahead)
    printf ("| a change (with its undo snapshot), %s | %.2f ms | | |\n", what, median (change));
  else
    printf ("| its step read ahead in a thread, %s | %.2f ms after the change | | |\n", what,
            median (wait));
  printf ("| its undo %s, %s | %.2f ms | one frame: 16.7 ms | %.2f× |\n",
          ahead ? "once read ahead" : "right after it", what, median (undo),
          median (undo) / 16.7);
  ladder_session_save (session, NULL);
  ladder_store_delete (store, file_name, NULL);
}

static void
bench_undo (const char *samples_dir)
{
  g_autofree char *path = g_build_filename (samples_dir, "anna-petrova-saas-enterprise.json",
                                            NULL);
  g_autofree char *sample = NULL;
  g_autofree char *large = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &sample, &length, NULL));
  time_undo ("sample profile", sample, length, FALSE);
  large = large_profile (&length);
  time_undo ("large profile (1.8 MiB)", large, length, FALSE);
  time_undo ("large profile (1.8 MiB)", large, length, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  if (argc < 2)
    {
      g_printerr ("usage: bench-core SAMPLES-DIR [listing|undo]\n");
      return 2;
    }
  printf ("| what | median of %d | against | ratio |\n|---|---|---|---|\n", RUNS);
  if (argc > 2 && g_str_equal (argv[2], "listing"))
    {
      bench_store_listing ();
      return 0;
    }
  if (argc > 2 && g_str_equal (argv[2], "undo"))
    {
      bench_undo (argv[1]);
      return 0;
    }
  bench_load_save ();
  bench_pdf (argv[1]);
  bench_store_listing ();
  bench_undo (argv[1]);
  return 0;
}
