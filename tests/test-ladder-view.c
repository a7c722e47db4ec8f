/* SPDX-License-Identifier: GPL-3.0-or-later
 * The Ladder view in a real window: nine rungs, arrow keys, setting the target, accessibility. */
#include "config.h"

#include "ladder-test-env.h"
#include "ladder-test-gui.h"

#include <adwaita.h>

#include "core/ladder-format.h"
#include "gui/ladder-ladder-view.h"
#include "gui/ladder-style.h"

typedef struct
{
  GtkWindow *window;
  LadderLadderView *view;
  LadderLadderChart *chart;
  LadderProfile *profile;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->profile = ladder_test_load_sample ("anna-petrova-saas-enterprise.json");
  fixture->view = g_object_new (LADDER_TYPE_LADDER_VIEW, "profile", fixture->profile, NULL);
  fixture->chart = ladder_ladder_view_get_chart (fixture->view);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1000, 700);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_present (fixture->window);
  ladder_test_drain ();
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_object_ref (fixture->view);
  gtk_window_destroy (fixture->window);
  ladder_test_drain ();
  g_assert_finalize_object (fixture->view);
  g_assert_finalize_object (fixture->profile);
}

static gboolean
press (LadderLadderChart *chart,
       guint              keyval)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (chart));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  ladder_test_drain ();
  return handled;
}

static void
assert_selected (Fixture    *fixture,
                 const char *track,
                 const char *rung)
{
  const LadderRung *selected = ladder_ladder_chart_get_selected (fixture->chart);
  LadderRungTile *tile = ladder_ladder_chart_get_tile (fixture->chart, track, rung);

  g_assert_nonnull (selected);
  g_assert_cmpstr (selected->track, ==, track);
  g_assert_cmpstr (selected->id, ==, rung);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (tile), "selected"));
}

static void
test_nine_rungs (Fixture       *fixture,
                 gconstpointer  data)
{
  LadderFramework *framework = ladder_framework_get_builtin ();

  g_assert_cmpuint (ladder_ladder_chart_get_n_tiles (fixture->chart), ==, 9);
  for (guint t = 0; t < ladder_framework_get_n_tracks (framework); t++)
    {
      const LadderTrack *track = ladder_framework_get_track (framework, t);

      for (guint r = 0; r < track->n_rungs; r++)
        {
          LadderRungTile *tile = ladder_ladder_chart_get_tile (fixture->chart, track->id,
                                                               track->rungs[r].id);

          g_assert_nonnull (tile);
          g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (tile)));
          g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (tile)), >, 100);
          g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (tile)), >, 40);
        }
    }
  /* Rungs of the same seniority sit side by side: a team lead beside a principal PM. */
  {
    graphene_rect_t lead, principal;

    g_assert_true (gtk_widget_compute_bounds (
      GTK_WIDGET (ladder_ladder_chart_get_tile (fixture->chart, "management", "team-lead")),
      GTK_WIDGET (fixture->chart), &lead));
    g_assert_true (gtk_widget_compute_bounds (
      GTK_WIDGET (ladder_ladder_chart_get_tile (fixture->chart, "expert", "principal-pm")),
      GTK_WIDGET (fixture->chart), &principal));
    g_assert_cmpfloat (lead.origin.y, ==, principal.origin.y);
    g_assert_cmpfloat (lead.origin.x, >, principal.origin.x);
  }
  /* The current and the target rung are marked. */
  g_assert_true (gtk_widget_has_css_class (
    GTK_WIDGET (ladder_ladder_chart_get_tile (fixture->chart, "expert", "senior-pm")), "current"));
  g_assert_true (gtk_widget_has_css_class (
    GTK_WIDGET (ladder_ladder_chart_get_tile (fixture->chart, "management", "team-lead")),
    "target"));
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  /* The view opens on the person's own rung. */
  assert_selected (fixture, "expert", "senior-pm");

  g_assert_true (press (fixture->chart, GDK_KEY_Up));
  assert_selected (fixture, "expert", "principal-pm");
  g_assert_true (gtk_root_get_focus (GTK_ROOT (fixture->window)) ==
                 GTK_WIDGET (ladder_ladder_chart_get_tile (fixture->chart, "expert",
                                                           "principal-pm")));
  g_assert_true (press (fixture->chart, GDK_KEY_Right));
  assert_selected (fixture, "management", "team-lead");
  g_assert_true (press (fixture->chart, GDK_KEY_Down));
  assert_selected (fixture, "management", "core-member");
  g_assert_true (press (fixture->chart, GDK_KEY_Down));
  g_assert_true (press (fixture->chart, GDK_KEY_Down)); /* no rung below: stays */
  assert_selected (fixture, "management", "member");
  g_assert_true (press (fixture->chart, GDK_KEY_Left));
  assert_selected (fixture, "expert", "pm");
  g_assert_false (press (fixture->chart, GDK_KEY_a));
}

static void
count_changed (LadderProfile *profile,
               guint         *count)
{
  (*count)++;
}

static void
test_set_target (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *set_target = GTK_WIDGET (gtk_widget_get_template_child (
    GTK_WIDGET (fixture->view), LADDER_TYPE_LADDER_VIEW, "set_target_button"));
  GtkWidget *set_current = GTK_WIDGET (gtk_widget_get_template_child (
    GTK_WIDGET (fixture->view), LADDER_TYPE_LADDER_VIEW, "set_current_button"));
  GtkLabel *title = GTK_LABEL (gtk_widget_get_template_child (
    GTK_WIDGET (fixture->view), LADDER_TYPE_LADDER_VIEW, "title_label"));
  guint changed = 0;

  g_signal_connect (fixture->profile, "changed", G_CALLBACK (count_changed), &changed);

  /* On the current rung, "I am here" has nothing to do. */
  g_assert_false (gtk_widget_get_sensitive (set_current));

  g_signal_emit_by_name (ladder_ladder_chart_get_tile (fixture->chart, "management", "director"),
                         "clicked");
  ladder_test_drain ();
  g_assert_cmpstr (gtk_label_get_text (title), ==, "Product Director");
  g_assert_true (gtk_widget_get_sensitive (set_target));
  g_signal_emit_by_name (set_target, "clicked");
  ladder_test_drain ();

  g_assert_cmpstr (ladder_profile_get_target_track (fixture->profile), ==, "management");
  g_assert_cmpstr (ladder_profile_get_target_rung (fixture->profile), ==, "director");
  g_assert_cmpuint (changed, ==, 1);
  g_assert_false (gtk_widget_get_sensitive (set_target));
  g_assert_true (gtk_widget_has_css_class (
    GTK_WIDGET (ladder_ladder_chart_get_tile (fixture->chart, "management", "director")),
    "target"));
  g_assert_false (gtk_widget_has_css_class (
    GTK_WIDGET (ladder_ladder_chart_get_tile (fixture->chart, "management", "team-lead")),
    "target"));
}

static void
test_accessible (Fixture       *fixture,
                 gconstpointer  data)
{
  LadderRungTile *tile = ladder_ladder_chart_get_tile (fixture->chart, "expert", "senior-pm");
  GtkLabel *reason = GTK_LABEL (gtk_widget_get_template_child (
    GTK_WIDGET (fixture->view), LADDER_TYPE_LADDER_VIEW, "reason_label"));

  gtk_test_accessible_assert_role (tile, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (tile, GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Senior Product Manager");
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (tile),
                                                   GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
  /* The same information as text beside the drawing. */
  g_assert_nonnull (strstr (gtk_label_get_text (reason), "below expectation"));
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (tile)));
}

/* With Chinese as the interface language, Han characters and CJK punctuation (after Latin text
 * too) come from a Simplified Chinese font, whatever the locale (LANG=C.UTF-8 here, which gives
 * Pango no language). Added last: the fonts stay for the rest of the program. */
static void
test_chinese_glyph_forms (void)
{
  LadderLanguageSaved *saved = ladder_format_use_language ("zh_CN");
  GtkWidget *window = gtk_window_new ();
  GtkWidget *label = gtk_label_new ("团队骨干 API：读");
  PangoLayout *layout;
  PangoLayoutIter *iter;
  guint han_runs = 0;

  ladder_style_prefer_language_fonts ();
  gtk_window_set_child (GTK_WINDOW (window), label);
  gtk_window_present (GTK_WINDOW (window));
  ladder_test_drain ();
  layout = gtk_label_get_layout (GTK_LABEL (label));
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);
      g_autoptr (PangoFontDescription) font = NULL;
      const char *text = pango_layout_get_text (layout);

      if (run == NULL || (guchar) text[run->item->offset] < 0x80)
        continue;
      font = pango_font_describe (run->item->analysis.font);
      g_assert_cmpstr (pango_font_description_get_family (font), ==, "Noto Sans CJK SC");
      han_runs++;
    }
  while (pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);
  g_assert_cmpuint (han_runs, >=, 2); /* 团队骨干, and ：读 after the Latin */
  gtk_window_destroy (GTK_WINDOW (window));
  ladder_format_restore_language (saved);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = ladder_test_isolate_home ();

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  ladder_test_init_translations ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ladder-view/nine-rungs", test_nine_rungs);
  ADD ("/ladder-view/keyboard", test_keyboard);
  ADD ("/ladder-view/set-target", test_set_target);
  ADD ("/ladder-view/accessible", test_accessible);
#undef ADD
  g_test_add_func ("/ladder-view/chinese-glyph-forms", test_chinese_glyph_forms);

  return g_test_run ();
}
