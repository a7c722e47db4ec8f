/* SPDX-License-Identifier: GPL-3.0-or-later
 * The skills matrix in a real window: levels through the widget, filtering, sorting by gap,
 * and a profile with a thousand skills (removal and undo: test-undo.c). */
#include "config.h"

#include "ladder-test-env.h"
#include "ladder-test-gui.h"

#include <adwaita.h>

#include "gui/ladder-skills-view.h"

typedef struct
{
  GtkWindow *window;
  LadderSkillsView *view;
  LadderProfile *profile;
} Fixture;

static void
show (Fixture       *fixture,
      LadderProfile *profile)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  fixture->profile = profile;
  fixture->view = g_object_new (LADDER_TYPE_SKILLS_VIEW, NULL);
  ladder_skills_view_set_profile (fixture->view, profile);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 1200, 800);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->view));
  gtk_window_set_child (fixture->window, overlay);
  gtk_window_present (fixture->window);
  ladder_test_drain ();
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  show (fixture, ladder_test_load_sample ("anna-petrova-saas-enterprise.json"));
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

static LadderLevelPicker *
find_picker (Fixture    *fixture,
             const char *skill_id,
             const char *column)
{
  return ladder_test_find_picker (GTK_WIDGET (fixture->view), skill_id, column);
}

static void
test_level_through_widget (Fixture       *fixture,
                           gconstpointer  data)
{
  LadderLevelPicker *picker = find_picker (fixture, "discovery", "current");

  g_assert_nonnull (picker);
  /* Hovering or focusing a level tells what it means. */
  g_assert_true (g_str_has_prefix (ladder_level_picker_get_description (picker, 5),
                                   "Builds a habit of continuous discovery"));
  gtk_test_accessible_assert_role (picker, GTK_ACCESSIBLE_ROLE_SLIDER);

  ladder_level_picker_choose (picker, 5);
  ladder_test_drain ();
  g_assert_cmpint (ladder_profile_lookup_skill (fixture->profile, "discovery")->current, ==, 5);
  gtk_test_accessible_assert_property (picker, GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, 5.0);

  /* The target picker marks the target as the person's own. */
  picker = find_picker (fixture, "discovery", "target");
  ladder_level_picker_choose (picker, 2);
  ladder_test_drain ();
  g_assert_cmpint (ladder_profile_lookup_skill (fixture->profile, "discovery")->target, ==, 2);
  g_assert_true (ladder_profile_lookup_skill (fixture->profile, "discovery")->target_manual);
}

static void
test_filter_and_sort (Fixture       *fixture,
                      gconstpointer  data)
{
  GListModel *model = ladder_skills_view_get_model (fixture->view);
  guint all = g_list_model_get_n_items (model);
  int previous = G_MAXINT;

  g_assert_cmpuint (all, ==, ladder_profile_get_n_skills (fixture->profile));
  ladder_skills_view_set_filter (fixture->view, "HIRING");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
  /* By group name too. */
  ladder_skills_view_set_filter (fixture->view, "leadership");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  ladder_skills_view_set_filter (fixture->view, "");
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, all);

  ladder_skills_view_sort_by_gap (fixture->view);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr (LadderSkillRow) row = g_list_model_get_item (model, i);

      g_assert_cmpint (ladder_skill_row_get_gap (row), <=, previous);
      previous = ladder_skill_row_get_gap (row);
    }
  {
    g_autoptr (LadderSkillRow) first = g_list_model_get_item (model, 0);

    g_assert_cmpstr (ladder_skill_row_get_id (first), ==, "team-management");
  }

  /* A change from elsewhere (an undo, the Check-In dialog) that widens the last row's gap most
   * puts it first; hiding it takes it out. */
  {
    g_autoptr (LadderSkillRow) last = g_list_model_get_item (model, all - 1);
    g_autofree char *id = g_strdup (ladder_skill_row_get_id (last));
    g_autoptr (LadderSkillRow) first = NULL;

    ladder_profile_set_skill_levels (fixture->profile, id, 0, 5);
    ladder_profile_set_skill_target (fixture->profile, id, 5, TRUE);
    first = g_list_model_get_item (model, 0);
    g_assert_cmpstr (ladder_skill_row_get_id (first), ==, id);
    ladder_profile_set_skill_hidden (fixture->profile, id, TRUE);
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, all - 1);
  }
}

static void
test_thousand_skills (void)
{
  Fixture fixture = { 0 };
  LadderProfile *profile = ladder_profile_new ("Many");
  GListModel *model;
  GtkWidget *scrolled;
  GtkAdjustment *adjustment;

  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *name = g_strdup_printf ("Skill %04u", i);
      g_autofree char *id = ladder_profile_add_skill (profile, name, "craft");
    }
  show (&fixture, profile);
  model = ladder_skills_view_get_model (fixture.view);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1022);

  scrolled = gtk_widget_get_ancestor (GTK_WIDGET (gtk_widget_get_template_child (
    GTK_WIDGET (fixture.view), LADDER_TYPE_SKILLS_VIEW, "column_view")), GTK_TYPE_SCROLLED_WINDOW);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, 10000);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  ladder_test_drain ();
  /* The last rows are built and bound. */
  g_assert_nonnull (find_picker (&fixture, "custom:1022", "current"));
  fixture_tear_down (&fixture, NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = ladder_test_isolate_home ();

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/skills-view/level-through-widget", test_level_through_widget);
  ADD ("/skills-view/filter-and-sort", test_filter_and_sort);
#undef ADD
  g_test_add_func ("/skills-view/thousand-skills", test_thousand_skills);

  return g_test_run ();
}
