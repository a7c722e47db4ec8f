/* SPDX-License-Identifier: GPL-3.0-or-later
 * Undo in a real window, as a person uses it: the Undo button of each removal's toast is found
 * on screen and clicked; Ctrl+Z and Shift+Ctrl+Z are the window's shortcuts; undone changes are
 * saved. */
#include "config.h"

#include "ladder-test-env.h"
#include "ladder-test-gui.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <unistd.h>

#include "core/ladder-planner.h"
#include "gui/ladder-choices.h"
#include "gui/ladder-interview-view.h"
#include "gui/ladder-plan-view.h"
#include "core/ladder-framework-csv.h"
#include "core/ladder-framework-store.h"
#include "gui/ladder-profile-settings.h"
#include "gui/ladder-history-chart.h"
#include "gui/ladder-radar.h"
#include "gui/ladder-progress-view.h"
#include "gui/ladder-window.h"

static char *profiles_dir;
static LadderApplication *app;
static GPid session_manager_pid;

static LadderWindow *
open_sample (const char *name)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", name,
                                                   NULL);
  g_autofree char *target = g_build_filename (profiles_dir, name, NULL);
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *data = NULL;
  LadderWindow *window;
  gsize length;

  g_mkdir_with_parents (profiles_dir, 0755);
  g_assert_true (g_file_get_contents (source, &data, &length, NULL));
  g_assert_true (g_file_set_contents (target, data, length, NULL));
  g_settings_set_string (settings, "last-profile", name);
  window = ladder_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  ladder_test_drain ();
  g_assert_cmpstr (ladder_window_get_file_name (window), ==, name);
  return window;
}

static void
close_window (LadderWindow *window)
{
  ladder_test_close_window (GTK_WIDGET (window));
}

static void
show_view (LadderWindow *window,
           const char   *name)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", name));
  ladder_test_drain ();
}

/* The button of a toast, once it is on screen: a toast that follows another closely waits until
 * that one has settled (libadwaita 1.2 crashes otherwise). */
static GtkWidget *wait_for_button_of_toast (LadderWindow *window,
                                            const char   *title,
                                            const char   *label);

static GtkWidget *
wait_for_toast_button (LadderWindow *window,
                       const char   *label)
{
  return wait_for_button_of_toast (window, NULL, label);
}

/* The button of the toast whose title has @title in it (any toast for %NULL), once that toast
 * is on screen (an earlier toast may still be leaving). */
static GtkWidget *
wait_for_button_of_toast (LadderWindow *window,
                          const char   *title,
                          const char   *label)
{
  GtkWidget *overlay = (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (window),
                                                                     LADDER_TYPE_WINDOW,
                                                                     "toast_overlay");

  for (guint i = 0; i < 200; i++)
    {
      ladder_test_drain ();
      for (GtkWidget *child = gtk_widget_get_first_child (overlay); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        if (g_str_equal (G_OBJECT_TYPE_NAME (child), "AdwToastWidget") &&
            (title == NULL || ladder_test_has_label (child, title)))
          {
            GtkWidget *button = ladder_test_find_button (child, label);

            if (button != NULL)
              return button;
          }
      g_usleep (10000);
    }
  return NULL;
}

/* The item with this label in the first row menu of @view that has one. The menu buttons are
 * held while menus open and close: rows may be rebound meanwhile. */
static GtkWidget *
find_menu_item (GtkWidget  *view,
                const char *label)
{
  g_autoptr (GPtrArray) stack = g_ptr_array_new ();
  g_autoptr (GPtrArray) buttons = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (stack, view);
  while (stack->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (stack, stack->len - 1);

      if (GTK_IS_MENU_BUTTON (widget) && gtk_widget_get_mapped (widget))
        g_ptr_array_add (buttons, g_object_ref (widget));
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (stack, child);
    }
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *item;

      if (!gtk_widget_get_mapped (buttons->pdata[i]))
        continue;
      item = ladder_test_open_menu_item (buttons->pdata[i], label);
      if (item != NULL)
        return item;
    }
  return NULL;
}

/* Clicks the Undo button of the toast on screen, as a person would. */
static void
click_toast_undo (LadderWindow *window)
{
  GtkWidget *button;

  button = wait_for_toast_button (window, "_Undo");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  /* Named by its label ("Undo") for a screen reader, not also by its mnemonic ("_Undo"), which
   * GTK 4.8 would join to it. */
  g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button),
                                                    GTK_ACCESSIBLE_PROPERTY_LABEL));
  g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (button),
                                                   GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  ladder_test_wait (600);
  /* What a pointer click does (keyboard activation emits it a quarter second later). */
  g_signal_emit_by_name (button, "clicked");
  ladder_test_drain ();
}

/* The stored profile as it is on disk now. */
static LadderProfile *
load_stored (const char *name)
{
  g_autoptr (LadderStore) store = ladder_store_new (profiles_dir);
  g_autoptr (GError) error = NULL;
  LadderProfile *profile = ladder_store_load (store, name, &error);

  g_assert_no_error (error);
  return profile;
}

/* The evidence log as a person uses it: Log Evidence…, type what was done and what came of
 * it, Add; the row's menu, Remove; the toast's own Undo brings it back, on disk too. */
static void
test_evidence (void)
{
  LadderWindow *window = open_sample ("anna-petrova-saas-enterprise.json");
  LadderProfile *profile = ladder_window_get_profile (window);
  const char *text = "Ran the <pricing> review & “won” 🚀";
  LadderProgressView *view;
  AdwMessageDialog *dialog;
  GtkWidget *box, *row;
  guint n = ladder_profile_get_n_evidence (profile), index = G_MAXUINT;

  ladder_test_press_keys (GTK_WIDGET (window), "<Alt>5");
  view = LADDER_PROGRESS_VIEW (ladder_window_get_view (window, "progress"));
  g_assert_nonnull (view);
  ladder_test_click (ladder_test_find_button (GTK_WIDGET (view), "_Log Evidence…"));
  dialog = ladder_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  box = adw_message_dialog_get_extra_child (dialog);
  {
    GtkWidget *entry = ladder_test_find_descendant (box, GTK_TYPE_ENTRY);

    g_assert_false (gtk_widget_is_sensitive (ladder_test_find_button (GTK_WIDGET (dialog),
                                                                      "_Add")));
    gtk_editable_set_text (GTK_EDITABLE (entry), text);
  }
  ladder_test_click (ladder_test_find_button (GTK_WIDGET (dialog), "_Add"));
  g_assert_null (ladder_test_find_message_dialog ());
  g_assert_cmpuint (ladder_profile_get_n_evidence (profile), ==, n + 1);
  for (guint i = 0; i < n + 1; i++)
    if (g_str_equal (ladder_profile_get_evidence (profile, i)->text, text))
      index = i;
  g_assert_cmpuint (index, <, n + 1);
  row = ladder_progress_view_get_row (view, index);
  g_assert_nonnull (row);
  g_assert_true (ladder_test_has_label (row, text));

  ladder_test_click (ladder_test_open_menu_item (
    ladder_test_find_descendant (row, GTK_TYPE_MENU_BUTTON), "Remove"));
  g_assert_cmpuint (ladder_profile_get_n_evidence (profile), ==, n);
  click_toast_undo (window);
  g_assert_cmpuint (ladder_profile_get_n_evidence (profile), ==, n + 1);
  g_assert_cmpstr (ladder_profile_get_evidence (profile, index)->text, ==, text);
  close_window (window);
  {
    g_autoptr (LadderProfile) reloaded = load_stored ("anna-petrova-saas-enterprise.json");

    g_assert_cmpuint (ladder_profile_get_n_evidence (reloaded), ==, n + 1);
  }
}

/* A quarter has passed since the last check-in: the Progress view says so; the check-in marks
 * what got done, moves on what slipped, keeps a dated entry, and its toast's Undo takes it all
 * back. */
static void
test_check_in (void)
{
  LadderWindow *window = open_sample ("li-wei-ai-startup.json");
  LadderProfile *profile = ladder_window_get_profile (window);
  g_autoptr (GPtrArray) plan = g_ptr_array_new ();
  AdwMessageDialog *dialog;
  GtkWidget *view, *due, *first, *second;
  guint year, quarter;
  int before, rated;

  /* A plan made in 2020: its early quarters are long over. */
  g_ptr_array_add (plan, ladder_plan_item_new ("first", "action", 1, 1, "apis", "First step",
                                               NULL));
  g_ptr_array_add (plan, ladder_plan_item_new ("second", "action", 1, 2, NULL, "Second step",
                                               NULL));
  ladder_profile_set_plan (profile, g_steal_pointer (&plan), "2020-01-15T10:00:00Z");
  ladder_test_press_keys (GTK_WIDGET (window), "<Alt>5");
  view = ladder_window_get_view (window, "progress");
  due = ladder_test_find_button (view, "Check In _Now…");
  g_assert_nonnull (due);
  ladder_test_click (due);
  dialog = ladder_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  first = ladder_test_find_descendant (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN);
  second = gtk_widget_get_next_sibling (gtk_widget_get_ancestor (first, GTK_TYPE_LIST_BOX_ROW));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (first), 1);  /* Done */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (ladder_test_find_descendant (second,
                                                                          GTK_TYPE_DROP_DOWN)),
                              2);                         /* Move On */
  gtk_editable_set_text (GTK_EDITABLE (ladder_test_find_descendant (
                           adw_message_dialog_get_extra_child (dialog), GTK_TYPE_ENTRY)),
                         "Say no to side projects");
  /* Re-rated in the check-in itself: the skill the first step worked on. */
  {
    GtkWidget *items = gtk_widget_get_ancestor (first, GTK_TYPE_SCROLLED_WINDOW);
    GtkWidget *ratings = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (items));
    GtkWidget *level = ladder_test_find_descendant (ratings, GTK_TYPE_DROP_DOWN);

    g_assert_nonnull (level);
    before = ladder_profile_lookup_skill (profile, "apis")->current;
    rated = before == 5 ? 1 : before + 1;
    gtk_drop_down_set_selected (GTK_DROP_DOWN (level), rated);
  }
  ladder_test_click (ladder_test_find_button (GTK_WIDGET (dialog), "_Check In"));

  g_assert_cmpint (ladder_profile_lookup_plan_item (profile, "first", NULL)->status, ==,
                   LADDER_STATUS_DONE);
  year = ladder_profile_lookup_plan_item (profile, "second", NULL)->year;
  quarter = ladder_profile_lookup_plan_item (profile, "second", NULL)->quarter;
  g_assert_cmpuint (year, ==, 1);
  g_assert_cmpuint (quarter, ==, 3);
  g_assert_cmpuint (ladder_profile_get_n_checkins (profile), ==, 1);
  g_assert_cmpint (ladder_profile_lookup_skill (profile, "apis")->current, ==, rated);
  g_assert_false (gtk_widget_get_mapped (due));
  /* Kept, and shown with what was said. */
  g_assert_true (ladder_test_has_label (view, "1 done, 1 moved on · Say no to side projects"));

  click_toast_undo (window);
  g_assert_cmpuint (ladder_profile_get_n_checkins (profile), ==, 0);
  g_assert_cmpint (ladder_profile_lookup_skill (profile, "apis")->current, ==, before);
  g_assert_cmpint (ladder_profile_lookup_plan_item (profile, "first", NULL)->status, ==,
                   LADDER_STATUS_PLANNED);
  g_assert_cmpuint (ladder_profile_lookup_plan_item (profile, "second", NULL)->quarter, ==, 2);
  g_assert_false (ladder_test_has_label (view, "Say no to side projects"));
  close_window (window);
}

/* Comparing with another copy (the one a manager rated): a dialog lists each skill rated
 * differently, with both levels; own skills are matched by name. */
static void
test_compare_ratings (void)
{
  LadderWindow *window = open_sample ("li-wei-ai-startup.json");
  LadderProfile *profile = ladder_window_get_profile (window);
  g_autoptr (LadderProfile) copy = ladder_profile_copy (profile);
  g_autofree char *path = g_build_filename (profiles_dir, "..", "manager.json", NULL);
  g_autoptr (GError) error = NULL;
  const LadderProfileSkill *apis = ladder_profile_lookup_skill (profile, "apis");
  int theirs = apis->current == 5 ? 1 : apis->current + 1;
  g_autofree char *subtitle = g_strdup_printf ("Yours: %d · In the copy: %d", apis->current,
                                               theirs);
  AdwMessageDialog *dialog;

  ladder_profile_set_name (copy, "Rated by my manager");
  ladder_profile_set_skill_levels (copy, "apis", theirs, apis->target);
  g_assert_true (ladder_store_export (copy, path, &error));
  ladder_window_compare_ratings (window, path);
  dialog = ladder_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "1 skill is rated differently in “Rated by my manager”.");
  g_assert_true (ladder_test_has_label (GTK_WIDGET (dialog), subtitle));
  ladder_test_click (ladder_test_find_button (GTK_WIDGET (dialog), "_Close"));
  g_assert_null (ladder_test_find_message_dialog ());
  close_window (window);
}

/* A long evidence log shows its newest 100 entries and a button for the rest. */
static void
test_evidence_show_all (void)
{
  LadderWindow *window = open_sample ("li-wei-ai-startup.json");
  LadderProfile *profile = ladder_window_get_profile (window);
  LadderProgressView *view;
  guint n;

  for (guint i = 0; i < 150; i++)
    {
      g_autofree char *text = g_strdup_printf ("Entry %u", i);

      ladder_profile_add_evidence (profile, ladder_evidence_new ("2027-01-01", NULL, text, NULL,
                                                                 NULL, NULL));
    }
  n = ladder_profile_get_n_evidence (profile);
  ladder_test_press_keys (GTK_WIDGET (window), "<Alt>5");
  view = LADDER_PROGRESS_VIEW (ladder_window_get_view (window, "progress"));
  g_assert_nonnull (ladder_progress_view_get_row (view, n - 1));
  g_assert_null (ladder_progress_view_get_row (view, n - 101));
  {
    g_autofree char *label = g_strdup_printf ("Show All %u Entries", n);

    ladder_test_click (ladder_test_find_button (GTK_WIDGET (view), label));
  }
  g_assert_nonnull (ladder_progress_view_get_row (view, 0));
  close_window (window);
}

/* A rating changed in Skills shows in Progress's chart with no action from the person, for the
 * skill chosen in the filter. */
static void
test_history_chart (void)
{
  LadderWindow *window = open_sample ("li-wei-ai-startup.json");
  LadderProfile *profile = ladder_window_get_profile (window);
  LadderHistoryChart *chart;
  LadderLevelPicker *picker;
  GtkWidget *progress;
  GtkDropDown *filter;
  int before = ladder_profile_lookup_skill (profile, "apis")->current;
  int chosen = before == 4 ? 3 : 4;

  ladder_test_press_keys (GTK_WIDGET (window), "<Alt>2");
  /* The radar's words are there on the first visit, before any change (they were empty). */
  g_assert_true (ladder_test_has_label (ladder_window_get_view (window, "skills"),
                                        "Product craft: now "));
  picker = ladder_test_find_picker (ladder_window_get_view (window, "skills"), "apis", "current");
  ladder_level_picker_choose (picker, chosen);
  ladder_test_drain ();
  g_assert_cmpuint (ladder_profile_get_n_history (profile), >=, 1);

  ladder_test_press_keys (GTK_WIDGET (window), "<Alt>5");
  progress = ladder_window_get_view (window, "progress");
  chart = LADDER_HISTORY_CHART (ladder_test_find_descendant (progress,
                                                             LADDER_TYPE_HISTORY_CHART));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (chart)));
  filter = GTK_DROP_DOWN (ladder_test_find_descendant (progress, GTK_TYPE_DROP_DOWN));
  for (guint i = 0; i < g_list_model_get_n_items (gtk_drop_down_get_model (filter)); i++)
    {
      g_autoptr (GtkStringObject) name = g_list_model_get_item (gtk_drop_down_get_model (filter),
                                                                i);

      if (g_str_equal (gtk_string_object_get_string (name), "APIs"))
        gtk_drop_down_set_selected (filter, i);
    }
  ladder_test_drain ();
  g_assert_cmpuint (ladder_history_chart_get_n_points (chart), >=, 1);
  g_assert_cmpfloat (ladder_history_chart_get_point (
                       chart, ladder_history_chart_get_n_points (chart) - 1)->level, ==, chosen);

  /* The same points as a table, through the view's own button: the day's level and where it
   * came from; for all skills, what moved that day. */
  {
    g_autofree char *moved = g_strdup_printf ("Level %d, %s from %d", chosen,
                                              chosen > before ? "up" : "down", before);
    g_autofree char *named = g_strdup_printf ("APIs %d → %d", before, chosen);
    GtkWidget *as_table = ladder_test_find_button (progress, "Show as _Table");

    g_assert_nonnull (as_table);
    g_assert_false (ladder_test_has_label (progress, moved));
    ladder_test_scroll_to (as_table);
    ladder_test_click (as_table);
    ladder_test_drain ();
    g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (chart)));
    g_assert_true (ladder_test_has_label (progress, moved));
    gtk_drop_down_set_selected (filter, 0);
    ladder_test_drain ();
    g_assert_true (ladder_test_has_label (progress, named));
    ladder_test_click (as_table);
    ladder_test_drain ();
    g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (chart)));
    g_assert_false (ladder_test_has_label (progress, named));
  }

  /* The radar in Skills draws a day of the history against now, and says it in words. */
  ladder_test_press_keys (GTK_WIDGET (window), "<Alt>2");
  {
    GtkWidget *skills = ladder_window_get_view (window, "skills");
    LadderRadar *radar = LADDER_RADAR (ladder_test_find_descendant (skills, LADDER_TYPE_RADAR));
    GtkDropDown *then = GTK_DROP_DOWN (gtk_widget_get_next_sibling (GTK_WIDGET (radar)));
    guint n_days = g_list_model_get_n_items (gtk_drop_down_get_model (then));

    g_assert_true (gtk_widget_get_visible (GTK_WIDGET (then)));
    g_assert_cmpuint (n_days, >=, 2); /* now only, and at least one day */
    g_assert_null (strstr (ladder_radar_get_summary (radar), "; on "));
    gtk_drop_down_set_selected (then, n_days - 1);
    ladder_test_drain ();
    g_assert_nonnull (strstr (ladder_radar_get_summary (radar), "; on "));
  }
  close_window (window);
}

/* A plan step marked Done: its toast's Log Evidence… opens the log filled in from the item,
 * with "Raise … to level N" ticked; Add logs it and raises the skill, one step to undo. */
static void
test_done_logs_evidence (void)
{
  LadderWindow *window = open_sample ("anna-petrova-saas-enterprise.json");
  LadderProfile *profile = ladder_window_get_profile (window);
  const LadderPlanItem *step = NULL;
  g_autofree char *id = NULL, *skill = NULL, *title = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *view, *dropdown, *check;
  guint n = ladder_profile_get_n_evidence (profile);
  int reach = -1, before;

  ladder_planner_regenerate (ladder_framework_get_builtin (), profile);
  for (guint i = 0; i < ladder_profile_get_n_plan_items (profile) && step == NULL; i++)
    {
      const LadderPlanItem *item = ladder_profile_get_plan_item (profile, i);

      reach = ladder_planner_item_reach (item);
      if (reach > 0 && ladder_profile_lookup_skill (profile, item->skill)->current < reach)
        step = item;
    }
  g_assert_nonnull (step);
  id = g_strdup (step->id);
  skill = g_strdup (step->skill);
  title = g_strdup (step->title);
  before = ladder_profile_lookup_skill (profile, skill)->current;

  ladder_test_press_keys (GTK_WIDGET (window), "<Alt>3");
  view = ladder_window_get_view (window, "plan");
  dropdown = ladder_test_find_descendant (ladder_plan_view_get_row (LADDER_PLAN_VIEW (view), id),
                                          GTK_TYPE_DROP_DOWN);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), LADDER_STATUS_DONE);
  ladder_test_click (wait_for_toast_button (window, "_Log Evidence…"));

  dialog = ladder_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (ladder_test_find_descendant (
                     adw_message_dialog_get_extra_child (dialog), GTK_TYPE_ENTRY))), ==, title);
  check = ladder_test_find_descendant (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON);
  g_assert_nonnull (check);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  ladder_test_click (ladder_test_find_button (GTK_WIDGET (dialog), "_Add"));

  g_assert_cmpuint (ladder_profile_get_n_evidence (profile), ==, n + 1);
  g_assert_cmpint (ladder_profile_lookup_skill (profile, skill)->current, ==, reach);
  {
    gboolean found = FALSE;

    for (guint i = 0; i < ladder_profile_get_n_evidence (profile); i++)
      found |= g_strcmp0 (ladder_profile_get_evidence (profile, i)->plan_item, id) == 0;
    g_assert_true (found);
  }
  ladder_test_press_keys (GTK_WIDGET (window), "<Control>z");
  g_assert_cmpuint (ladder_profile_get_n_evidence (profile), ==, n);
  g_assert_cmpint (ladder_profile_lookup_skill (profile, skill)->current, ==, before);
  close_window (window);
}

static void
test_plan_item (void)
{
  LadderWindow *window = open_sample ("anna-petrova-saas-enterprise.json");
  LadderProfile *profile = ladder_window_get_profile (window);
  GtkWidget *view;
  g_autofree char *id = NULL;
  guint n, index;

  ladder_planner_regenerate (ladder_framework_get_builtin (), profile);
  show_view (window, "plan");
  view = ladder_window_get_view (window, "plan");
  n = ladder_profile_get_n_plan_items (profile);
  id = g_strdup (ladder_profile_get_plan_item (profile, 3)->id);

  /* The row's menu, then Remove. */
  ladder_test_click (ladder_test_open_menu_item (
    ladder_test_find_descendant (ladder_plan_view_get_row (LADDER_PLAN_VIEW (view), id),
                                 GTK_TYPE_MENU_BUTTON),
    "Remove"));
  g_assert_null (ladder_profile_lookup_plan_item (profile, id, NULL));
  g_assert_null (ladder_plan_view_get_row (LADDER_PLAN_VIEW (view), id));

  click_toast_undo (window);
  g_assert_cmpuint (ladder_profile_get_n_plan_items (profile), ==, n);
  g_assert_nonnull (ladder_profile_lookup_plan_item (profile, id, &index));
  g_assert_cmpuint (index, ==, 3);
  g_assert_nonnull (ladder_plan_view_get_row (LADDER_PLAN_VIEW (view), id));

  /* Shift+Ctrl+Z removes it again, Ctrl+Z brings it back. */
  ladder_test_press_keys (GTK_WIDGET (window), "<Control><Shift>z");
  g_assert_null (ladder_profile_lookup_plan_item (profile, id, NULL));
  ladder_test_press_keys (GTK_WIDGET (window), "<Control>z");
  g_assert_nonnull (ladder_profile_lookup_plan_item (profile, id, NULL));

  /* Undone from another view: the hidden Plan view shows it when it is shown again. */
  ladder_test_press_keys (GTK_WIDGET (window), "<Control><Shift>z");
  show_view (window, "ladder");
  ladder_test_press_keys (GTK_WIDGET (window), "<Control>z");
  show_view (window, "plan");
  g_assert_true (ladder_window_get_view (window, "plan") == view);
  g_assert_nonnull (ladder_plan_view_get_row (LADDER_PLAN_VIEW (view), id));
  close_window (window);

  /* What was undone is what is on disk. */
  {
    g_autoptr (LadderProfile) reloaded = load_stored ("anna-petrova-saas-enterprise.json");

    g_assert_nonnull (ladder_profile_lookup_plan_item (reloaded, id, &index));
    g_assert_cmpuint (index, ==, 3);
  }
}

/* Undo and Redo of a status, with the focus on that status: the rows stay where they are (the
 * same widgets, so the focus stays too), and show the status undone. */
static void
test_plan_status_in_place (void)
{
  LadderWindow *window = open_sample ("anna-petrova-saas-enterprise.json");
  LadderProfile *profile = ladder_window_get_profile (window);
  LadderPlanView *view;
  g_autofree char *id = NULL;
  GtkWidget *row, *dropdown, *focus;

  ladder_planner_regenerate (ladder_framework_get_builtin (), profile);
  ladder_test_press_keys (GTK_WIDGET (window), "<Alt>3");
  view = LADDER_PLAN_VIEW (ladder_window_get_view (window, "plan"));
  id = g_strdup (ladder_profile_get_plan_item (profile, 2)->id);
  row = ladder_plan_view_get_row (view, id);
  dropdown = ladder_test_find_descendant (row, GTK_TYPE_DROP_DOWN);
  g_assert_true (gtk_widget_grab_focus (dropdown));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (gtk_widget_is_ancestor (focus, dropdown));

  /* Opened as a click does, and Done chosen in its list as a click on it does (it selects the
   * item, then activates it). */
  ladder_test_click (ladder_test_find_descendant (dropdown, GTK_TYPE_TOGGLE_BUTTON));
  {
    GtkWidget *popover = ladder_test_find_descendant (dropdown, GTK_TYPE_POPOVER);
    GtkWidget *list = ladder_test_find_descendant (popover, GTK_TYPE_LIST_VIEW);

    g_assert_true (gtk_widget_get_visible (popover));
    g_assert_true (gtk_widget_activate_action (list, "list.select-item", "(ubb)",
                                               (guint) LADDER_STATUS_DONE, FALSE, FALSE));
    g_assert_true (gtk_widget_activate_action (list, "list.activate-item", "u",
                                               (guint) LADDER_STATUS_DONE));
    ladder_test_drain ();
  }
  g_assert_cmpint (ladder_profile_lookup_plan_item (profile, id, NULL)->status, ==,
                   LADDER_STATUS_DONE);
  g_assert_true (gtk_widget_has_css_class (row, "plan-done"));

  ladder_test_press_keys (GTK_WIDGET (window), "<Control>z");
  g_assert_cmpint (ladder_profile_lookup_plan_item (profile, id, NULL)->status, ==,
                   LADDER_STATUS_PLANNED);
  g_assert_true (ladder_plan_view_get_row (view, id) == row);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)), ==,
                    LADDER_STATUS_PLANNED);
  g_assert_false (gtk_widget_has_css_class (row, "plan-done"));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == focus);
  g_assert_true (gtk_widget_has_focus (focus));

  ladder_test_press_keys (GTK_WIDGET (window), "<Control><Shift>z");
  g_assert_cmpint (ladder_profile_lookup_plan_item (profile, id, NULL)->status, ==,
                   LADDER_STATUS_DONE);
  g_assert_true (ladder_plan_view_get_row (view, id) == row);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)), ==,
                    LADDER_STATUS_DONE);
  g_assert_true (gtk_widget_has_css_class (row, "plan-done"));
  g_assert_true (gtk_widget_has_focus (focus));
  close_window (window);
}

static void
test_own_skill (void)
{
  LadderWindow *window = open_sample ("li-wei-ai-startup.json");
  LadderProfile *profile = ladder_window_get_profile (window);
  g_autofree char *id = ladder_profile_add_skill (profile, "Supply chain & <logistics>",
                                                  "business");
  GtkWidget *view;

  show_view (window, "skills");
  view = ladder_window_get_view (window, "skills");
  /* Typed into the matrix's filter, as a person finds a row; then its menu, then Remove (only
   * the person's own skills have one). */
  {
    GtkWidget *filter = ladder_test_find_descendant (view, GTK_TYPE_SEARCH_ENTRY);
    GtkWidget *remove = NULL;

    g_assert_nonnull (filter);
    gtk_editable_set_text (GTK_EDITABLE (filter), "Supply chain");
    /* The search entry waits a moment after typing before it filters. */
    for (guint i = 0; i < 100 && remove == NULL; i++)
      {
        g_usleep (10000);
        ladder_test_drain ();
        remove = find_menu_item (view, "Remove");
      }
    ladder_test_click (remove);
  }
  g_assert_null (ladder_profile_lookup_skill (profile, id));

  click_toast_undo (window);
  g_assert_nonnull (ladder_profile_lookup_skill (profile, id));
  g_assert_cmpstr (ladder_profile_lookup_skill (profile, id)->name, ==,
                   "Supply chain & <logistics>");
  close_window (window);
}

static void
test_own_question (void)
{
  LadderWindow *window = open_sample ("zhang-min-ecommerce.json");
  LadderProfile *profile = ladder_window_get_profile (window);
  g_autofree char *id = ladder_profile_add_question (profile, "Why Ladder? 🚀");
  GtkWidget *view, *remove;

  show_view (window, "interview");
  view = ladder_window_get_view (window, "interview");
  ladder_test_drain ();
  /* The question's own Remove button (the built-in questions have none). */
  remove = ladder_test_find_button (view, "_Remove");
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  ladder_test_drain ();
  g_assert_null (ladder_profile_lookup_answer (profile, id));

  click_toast_undo (window);
  g_assert_nonnull (ladder_profile_lookup_answer (profile, id));
  g_assert_cmpstr (ladder_profile_lookup_answer (profile, id)->text, ==, "Why Ladder? 🚀");
  close_window (window);
}

/* A rating changed through the matrix's level picker comes back with Ctrl+Z, in any view. */
static void
test_rating_from_other_view (void)
{
  LadderWindow *window = open_sample ("zhang-min-ecommerce.json");
  LadderProfile *profile = ladder_window_get_profile (window);
  LadderLevelPicker *picker;
  int before = ladder_profile_lookup_skill (profile, "apis")->current;
  int chosen = before == 5 ? 1 : 5;

  show_view (window, "skills");
  picker = ladder_test_find_picker (ladder_window_get_view (window, "skills"), "apis",
                                    "current");
  g_assert_nonnull (picker);
  ladder_level_picker_choose (picker, chosen);
  ladder_test_drain ();
  g_assert_cmpint (ladder_profile_lookup_skill (profile, "apis")->current, ==, chosen);

  show_view (window, "ladder");
  ladder_test_press_keys (GTK_WIDGET (window), "<Control>z");
  g_assert_cmpint (ladder_profile_lookup_skill (profile, "apis")->current, ==, before);
  ladder_test_press_keys (GTK_WIDGET (window), "<Control>y");
  g_assert_cmpint (ladder_profile_lookup_skill (profile, "apis")->current, ==, chosen);
  close_window (window);
}

/* A toast's Undo never takes back a later change: a new change dismisses it. */
static void
test_toast_goes_with_later_change (void)
{
  LadderWindow *window = open_sample ("li-wei-ai-startup.json");
  LadderProfile *profile = ladder_window_get_profile (window);
  g_autofree char *id = ladder_profile_add_skill (profile, "Supply chain", "business");
  GtkWidget *overlay, *view;

  show_view (window, "skills");
  view = ladder_window_get_view (window, "skills");
  g_assert_true (gtk_widget_activate_action (view, "skills.remove", "s", id));
  ladder_test_drain ();
  ladder_profile_set_name (profile, "Li Wei, AI PM");
  ladder_test_drain ();
  overlay = (GtkWidget *) gtk_widget_get_template_child (GTK_WIDGET (window), LADDER_TYPE_WINDOW,
                                           "toast_overlay");
  /* The toast leaves with an animation; wait for it. */
  for (guint i = 0; i < 100 && ladder_test_find_button (overlay, "_Undo") != NULL; i++)
    {
      g_usleep (10000);
      ladder_test_drain ();
    }
  g_assert_null (ladder_test_find_button (overlay, "_Undo"));
  g_assert_cmpstr (ladder_profile_get_name (profile), ==, "Li Wei, AI PM");
  close_window (window);
}

static char *
file_text (const char *name)
{
  g_autofree char *path = g_build_filename (profiles_dir, name, NULL);
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

/* An earlier version comes back from the profile menu's dialog, and its toast's Undo takes the
 * restore back. */
static void
test_restore_version (void)
{
  LadderWindow *window = open_sample ("li-wei-ai-startup.json");
  LadderProfile *profile = ladder_window_get_profile (window);
  AdwMessageDialog *dialog;
  GtkWidget *list;
  GtkListBoxRow *row;

  ladder_profile_set_name (profile, "Li Wei <renamed> & 🚀");
  g_assert_true (ladder_window_save_now (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.restore-version", NULL));
  ladder_test_drain ();
  dialog = ladder_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  list = ladder_test_find_descendant (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX);
  g_assert_nonnull (list);
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Li Wei");
  gtk_widget_activate (GTK_WIDGET (row));
  ladder_test_drain ();
  g_assert_null (ladder_test_find_message_dialog ());
  g_assert_cmpstr (ladder_profile_get_name (profile), ==, "Li Wei");

  click_toast_undo (window);
  g_assert_cmpstr (ladder_profile_get_name (profile), ==, "Li Wei <renamed> & 🚀");
  close_window (window);
  {
    g_autofree char *text = file_text ("li-wei-ai-startup.json");

    g_assert_nonnull (strstr (text, "Li Wei <renamed> & 🚀"));
  }
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WINDOW (window);
    }
  return NULL;
}

/* Types a number into a spin button and presses Enter. */
static void
type_number (GtkWidget  *settings,
             const char *name,
             const char *text)
{
  GtkWidget *spin = (GtkWidget *) gtk_widget_get_template_child (settings, LADDER_TYPE_PROFILE_SETTINGS, name);

  gtk_editable_set_text (GTK_EDITABLE (spin), text);
  /* What the Enter key's binding does in the spin button's text. */
  g_signal_emit_by_name (ladder_test_find_descendant (spin, GTK_TYPE_TEXT), "activate");
  ladder_test_drain ();
}

/* Every context field can be changed after creation, each change undone from the main window,
 * and closing offers to regenerate the plan. */
static void
test_settings (void)
{
  LadderWindow *window = open_sample ("anna-petrova-saas-enterprise.json");
  LadderProfile *profile = ladder_window_get_profile (window);
  GtkWidget *settings, *name_row, *text, *industry, *button;
  g_autofree char *old_industry = g_strdup (ladder_profile_get_industry (profile));
  guint old_years = ladder_profile_get_years_experience (profile);

  ladder_planner_regenerate (ladder_framework_get_builtin (), profile);
  ladder_test_drain ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.profile-settings", NULL));
  ladder_test_drain ();
  settings = GTK_WIDGET (find_toplevel (LADDER_TYPE_PROFILE_SETTINGS));
  g_assert_nonnull (settings);

  /* The name: typed, then Enter. */
  name_row = (GtkWidget *) gtk_widget_get_template_child (settings, LADDER_TYPE_PROFILE_SETTINGS, "name_row");
  gtk_editable_set_text (GTK_EDITABLE (name_row), "Anna <Petrova> & 🚀");
  text = ladder_test_find_descendant (name_row, GTK_TYPE_TEXT);
  g_assert_nonnull (text);
  /* What the Enter key's binding does. */
  g_signal_emit_by_name (text, "activate");
  ladder_test_drain ();
  g_assert_cmpstr (ladder_profile_get_name (profile), ==, "Anna <Petrova> & 🚀");

  type_number (settings, "years_spin", "9");
  g_assert_cmpuint (ladder_profile_get_years_experience (profile), ==, 9);
  type_number (settings, "reports_spin", "4");
  g_assert_cmpuint (ladder_profile_get_reports (profile), ==, 4);
  type_number (settings, "horizon_spin", "5");
  g_assert_cmpuint (ladder_profile_get_horizon_years (profile), ==, 5);
  {
    /* The review month: picked from the row's list (position = the month). */
    GtkWidget *review = (GtkWidget *) gtk_widget_get_template_child (
      settings, LADDER_TYPE_PROFILE_SETTINGS, "review_row");

    g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (review))),
                      ==, 13);
    adw_combo_row_set_selected (ADW_COMBO_ROW (review), 6);
    ladder_test_drain ();
    g_assert_cmpuint (ladder_profile_get_review_month (profile), ==, 6);
  }
  industry = (GtkWidget *) gtk_widget_get_template_child (settings, LADDER_TYPE_PROFILE_SETTINGS,
                                            "industry_row");
  adw_combo_row_set_selected (ADW_COMBO_ROW (industry),
                              g_strv_length ((char **) ladder_industries ()) - 1);
  ladder_test_drain ();
  g_assert_cmpstr (ladder_profile_get_industry (profile), !=, old_industry);

  /* Undo in the main window: the profile and the settings' rows go back. */
  ladder_test_press_keys (GTK_WIDGET (window), "<Control>z");
  g_assert_cmpstr (ladder_profile_get_industry (profile), ==, old_industry);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (industry)), ==,
                    ladder_choices_index (ladder_industries (), old_industry));
  g_assert_cmpstr (ladder_session_get_undo_label (ladder_window_get_session (window)), ==,
                   "change of the review month");
  ladder_test_press_keys (GTK_WIDGET (window), "<Control>z");
  g_assert_cmpuint (ladder_profile_get_review_month (profile), ==, 0);
  g_assert_cmpstr (ladder_session_get_undo_label (ladder_window_get_session (window)), ==,
                   "change of the plan’s horizon");
  for (guint i = 0; i < 3; i++)
    ladder_test_press_keys (GTK_WIDGET (window), "<Control>z");
  g_assert_cmpuint (ladder_profile_get_years_experience (profile), ==, old_years);
  ladder_test_press_keys (GTK_WIDGET (window), "<Control><Shift>z");
  g_assert_cmpuint (ladder_profile_get_years_experience (profile), ==, 9);

  /* Closing offers to make the plan again for the new context. */
  gtk_window_close (GTK_WINDOW (settings));
  ladder_test_drain ();
  button = wait_for_toast_button (window, "_Regenerate");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  ladder_test_drain ();
  {
    AdwViewStack *views = ADW_VIEW_STACK (gtk_widget_get_template_child (
      GTK_WIDGET (window), LADDER_TYPE_WINDOW, "view_stack"));

    g_assert_cmpstr (adw_view_stack_get_visible_child_name (views), ==, "plan");
  }
  close_window (window);
}

/* A profile moves to a company's ladder from its settings, after a question; Ctrl+Z in the main
 * window moves it back, rungs and skills and all. */
static void
test_move_to_company_ladder (void)
{
  const char *csv = "Competency,Product Manager,Senior Product Manager\nAPIs,a,b\nVision,c,d\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderCsv) table = ladder_csv_parse (csv, strlen (csv), &error);
  g_autoptr (LadderCsvShape) shape = ladder_csv_detect_shape (table, "Small ladder");
  g_autoptr (LadderFramework) parsed = ladder_framework_new_from_csv (table, shape, &error);
  g_autofree char *id = NULL;
  LadderWindow *window;
  LadderProfile *profile;
  GtkWidget *settings, *row;
  AdwMessageDialog *question;
  GListModel *names;
  guint index = G_MAXUINT;
  int apis;

  g_assert_no_error (error);
  ladder_frameworks_set_directory (NULL);
  id = ladder_frameworks_add (parsed, &error);
  g_assert_no_error (error);
  window = open_sample ("anna-petrova-saas-enterprise.json");
  profile = ladder_window_get_profile (window);
  apis = ladder_profile_lookup_skill (profile, "apis")->current;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.profile-settings", NULL));
  ladder_test_drain ();
  settings = GTK_WIDGET (find_toplevel (LADDER_TYPE_PROFILE_SETTINGS));
  row = (GtkWidget *) gtk_widget_get_template_child (settings, LADDER_TYPE_PROFILE_SETTINGS,
                                                     "framework_row");
  names = adw_combo_row_get_model (ADW_COMBO_ROW (row));
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "Small ladder"))
      index = i;
  g_assert_cmpuint (index, !=, G_MAXUINT);

  /* Cancel leaves everything as it was, the row included. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), index);
  ladder_test_drain ();
  question = ladder_test_find_message_dialog ();
  g_assert_nonnull (question);
  ladder_test_click (ladder_test_find_button (GTK_WIDGET (question), "_Cancel"));
  ladder_test_drain ();
  g_assert_cmpstr (ladder_profile_get_framework_id (profile), ==, "builtin:pm");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 0);

  adw_combo_row_set_selected (ADW_COMBO_ROW (row), index);
  ladder_test_drain ();
  question = ladder_test_find_message_dialog ();
  ladder_test_click (ladder_test_find_button (GTK_WIDGET (question), "_Move"));
  ladder_test_drain ();
  g_assert_cmpstr (ladder_profile_get_framework_id (profile), ==, id);
  g_assert_cmpint (ladder_profile_lookup_skill (profile, "s1")->current, ==, apis);
  g_assert_cmpstr (ladder_session_get_undo_label (ladder_window_get_session (window)), ==,
                   "change of your career ladder");

  ladder_test_press_keys (GTK_WIDGET (window), "<Control>z");
  g_assert_cmpstr (ladder_profile_get_framework_id (profile), ==, "builtin:pm");
  g_assert_cmpint (ladder_profile_lookup_skill (profile, "apis")->current, ==, apis);
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 0);
  gtk_window_close (GTK_WINDOW (settings));
  ladder_test_drain ();
  close_window (window);
}

static void
assert_named_alone (GtkWidget  *button,
                    const char *name)
{
  g_autofree char *wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (button),
                                                              GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                              name);

  g_assert_cmpstr (wrong, ==, NULL);
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (button),
                                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY));
}

/* The view shown last comes back in a new window; an export ends with a toast that opens the
 * file or shows it in its folder. */
static void
test_last_view_and_export (void)
{
  LadderWindow *window = open_sample ("li-wei-ai-startup.json");
  g_autofree char *pdf = g_build_filename (profiles_dir, "..", "li-wei.pdf", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (pdf);
  g_autofree char *uri = g_file_get_uri (file);
  GtkWidget *open, *folder;
  AdwViewStack *views;

  show_view (window, "interview");
  close_window (window);
  window = open_sample ("li-wei-ai-startup.json");
  views = ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), LADDER_TYPE_WINDOW,
                                                          "view_stack"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (views), ==, "interview");
  g_assert_nonnull (ladder_window_get_view (window, "interview"));

  /* What the file chooser does with the file chosen; the PDF is written in a thread. */
  ladder_window_export_report (window, pdf, TRUE, NULL);
  open = wait_for_toast_button (window, "_Open");
  for (guint i = 0; i < 500 && open == NULL; i++)
    open = wait_for_toast_button (window, "_Open");
  g_assert_nonnull (open);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (open)), ==, "win.open-file");
  g_assert_cmpstr (g_variant_get_string (gtk_actionable_get_action_target_value (
                     GTK_ACTIONABLE (open)), NULL), ==, uri);
  folder = wait_for_toast_button (window, "Show in _Folder");
  g_assert_nonnull (folder);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (folder)), ==,
                   "win.show-in-folder");
  g_assert_cmpstr (g_variant_get_string (gtk_actionable_get_action_target_value (
                     GTK_ACTIONABLE (folder)), NULL), ==, uri);
  /* A screen reader says what each opens, not only "Open": named by that alone, without the
   * label's text that GTK 4.8 would join to it. */
  assert_named_alone (open, "Open “li-wei.pdf”");
  assert_named_alone (folder, "Show “li-wei.pdf” in Folder");

  /* The calendar too (its contents: check-ics.py). */
  {
    g_autofree char *ics = g_build_filename (profiles_dir, "..", "li-wei.ics", NULL);
    g_autofree char *text = NULL;

    ladder_test_wait (600);
    ladder_window_export_calendar (window, ics);
    g_assert_nonnull (wait_for_button_of_toast (window, "Calendar saved", "_Open"));
    g_assert_true (g_file_get_contents (ics, &text, NULL, NULL));
    g_assert_true (g_str_has_prefix (text, "BEGIN:VCALENDAR"));
  }
  /* And the promotion case (its contents: test-report.c). */
  {
    g_autofree char *pdf_case = g_build_filename (profiles_dir, "..", "li-wei-case.pdf", NULL);
    g_autofree char *text = NULL;

    ladder_test_wait (600);
    ladder_window_export_case (window, pdf_case);
    g_assert_nonnull (wait_for_button_of_toast (window, "PDF saved", "_Open"));
    g_assert_true (g_file_get_contents (pdf_case, &text, NULL, NULL));
    g_assert_true (g_str_has_prefix (text, "%PDF"));
  }
  show_view (window, "ladder");
  close_window (window);
}

/* An edit made in the Skills view, not yet written (auto-save waits a moment): the level
 * chosen for APIs. */
static int
pending_edit (LadderWindow *window,
              const char   *file_name,
              char        **before)
{
  LadderProfile *profile = ladder_window_get_profile (window);
  int chosen = ladder_profile_lookup_skill (profile, "apis")->current == 5 ? 1 : 5;
  LadderLevelPicker *picker;
  g_autofree char *after = NULL;

  *before = file_text (file_name);
  show_view (window, "skills");
  picker = ladder_test_find_picker (ladder_window_get_view (window, "skills"), "apis",
                                    "current");
  ladder_level_picker_choose (picker, chosen);
  ladder_test_drain ();
  after = file_text (file_name);
  g_assert_cmpstr (after, ==, *before);
  return chosen;
}

/* The edit reaches the file well within auto-save's delay (from the edit): what was asked saved
 * it, not the timer. */
static void
assert_saved_soon (const char *file_name,
                   const char *before,
                   int         chosen)
{
  g_autofree char *after = NULL;
  g_autoptr (LadderProfile) saved = NULL;
  gint64 end = g_get_monotonic_time () + LADDER_SESSION_SAVE_DELAY_MS * 1000 / 2;

  while (g_get_monotonic_time () < end)
    {
      g_usleep (5000);
      ladder_test_drain ();
      after = file_text (file_name);
      if (g_strcmp0 (after, before) != 0)
        break;
      g_clear_pointer (&after, g_free);
    }
  g_assert_nonnull (after);
  saved = ladder_profile_new_from_data (after, strlen (after), NULL);
  g_assert_nonnull (saved);
  g_assert_cmpint (ladder_profile_lookup_skill (saved, "apis")->current, ==, chosen);
}

/* A plain SIGTERM (or SIGHUP) right after an edit, before auto-save's delay: the edit is saved. */
static void
test_sigterm_saves (void)
{
  LadderWindow *window = open_sample ("zhang-min-ecommerce.json");
  g_autofree char *before = NULL;
  int chosen = pending_edit (window, "zhang-min-ecommerce.json", &before);

  g_assert_cmpint (kill (getpid (), SIGTERM), ==, 0);
  assert_saved_soon ("zhang-min-ecommerce.json", before, chosen);
  close_window (window);
}

/* A logout right after an edit, before auto-save's delay: the session manager asks whether the
 * session may end (QueryEndSession, through GtkApplication's session registration), and the
 * edit is saved before the answer. */
static void
test_logout_saves (void)
{
  LadderWindow *window;
  g_autofree char *before = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GVariant) reply = NULL;
  int chosen;

  if (session_manager_pid == 0)
    {
      g_test_skip ("no session bus for a stand-in session manager");
      return;
    }
  window = open_sample ("anna-petrova-saas-enterprise.json");
  chosen = pending_edit (window, "anna-petrova-saas-enterprise.json", &before);
  reply = g_dbus_connection_call_sync (g_application_get_dbus_connection (G_APPLICATION (app)),
                                       "org.gnome.SessionManager", "/org/gnome/SessionManager",
                                       "io.github.pmladder.Test", "Logout", NULL, NULL,
                                       G_DBUS_CALL_FLAGS_NONE, 5000, NULL, &error);
  g_assert_no_error (error);
  assert_saved_soon ("anna-petrova-saas-enterprise.json", before, chosen);
  close_window (window);
}

/* The file changed elsewhere; the person clicks "Reload from Disk" in the dialog, then the
 * toast's Undo: the changes made here come back. Deleting the profile and clicking that toast's
 * Undo brings the file back and opens it. */
static void
test_reload_and_delete (void)
{
  LadderWindow *window = open_sample ("li-wei-ai-startup.json");
  LadderProfile *profile = ladder_window_get_profile (window);
  g_autofree char *path = g_build_filename (profiles_dir, "li-wei-ai-startup.json", NULL);
  g_autofree char *outside = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *button;

  g_usleep (20000);
  {
    g_autofree char *read = NULL;

    g_assert_true (g_file_get_contents (path, &read, NULL, NULL));
    outside = g_strconcat (read, " ", NULL);
  }
  g_assert_true (g_file_set_contents (path, outside, -1, NULL));
  ladder_profile_set_name (profile, "Li Wei, mine");
  g_assert_false (ladder_window_save_now (window));
  ladder_test_drain ();
  dialog = ladder_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  button = ladder_test_find_button (GTK_WIDGET (dialog), "_Reload from Disk");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  ladder_test_drain ();
  g_assert_true (ladder_window_get_profile (window) == profile);
  g_assert_cmpstr (ladder_profile_get_name (profile), ==, "Li Wei");
  click_toast_undo (window);
  g_assert_cmpstr (ladder_profile_get_name (profile), ==, "Li Wei, mine");

  /* Delete from the profile menu, then the toast's Undo. */
  ladder_test_click (ladder_test_open_menu_item (
    GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window), LADDER_TYPE_WINDOW,
                                               "profile_menu_button")), "Delete"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  /* Another profile of the store, or none. */
  g_assert_cmpstr (ladder_window_get_file_name (window), !=, "li-wei-ai-startup.json");
  button = wait_for_button_of_toast (window, "deleted", "_Undo");
  g_assert_nonnull (button);
  ladder_test_wait (600);
  g_signal_emit_by_name (button, "clicked");
  ladder_test_drain ();
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpstr (ladder_window_get_file_name (window), ==, "li-wei-ai-startup.json");
  g_assert_cmpstr (ladder_profile_get_name (ladder_window_get_profile (window)), ==,
                   "Li Wei, mine");
  close_window (window);
}

/* The company and role typed into the Interview view, then Enter: the drafts name them, an
 * edited answer stays as written, the file keeps them, and Ctrl+Z takes it back as one step. */
static void
test_applying (void)
{
  LadderWindow *window = open_sample ("li-wei-ai-startup.json");
  LadderProfile *profile = ladder_window_get_profile (window);
  GtkWidget *view, *company, *role, *text;
  const LadderAnswer *answer;

  ladder_planner_regenerate (ladder_framework_get_builtin (), profile);
  show_view (window, "interview");
  view = ladder_window_get_view (window, "interview");
  ladder_profile_set_answer (profile, "how-to-reach", "My own words.", TRUE, NULL);
  ladder_test_drain ();
  company = GTK_WIDGET (gtk_widget_get_template_child (view, LADDER_TYPE_INTERVIEW_VIEW,
                                                       "company_row"));
  role = GTK_WIDGET (gtk_widget_get_template_child (view, LADDER_TYPE_INTERVIEW_VIEW,
                                                    "role_row"));
  /* Typed into each row in turn (the row takes the text it is given while focused). */
  gtk_widget_grab_focus (company);
  gtk_editable_set_text (GTK_EDITABLE (company), "Acme <AI> & Co");
  gtk_widget_grab_focus (role);
  gtk_editable_set_text (GTK_EDITABLE (role), "Product Manager, Search");
  ladder_test_drain ();
  text = ladder_test_find_descendant (role, GTK_TYPE_TEXT);
  g_assert_nonnull (text);
  /* What the Enter key's binding does. */
  g_signal_emit_by_name (text, "activate");
  ladder_test_drain ();

  g_assert_cmpstr (ladder_profile_get_applying_company (profile), ==, "Acme <AI> & Co");
  g_assert_cmpstr (ladder_profile_get_applying_role (profile), ==, "Product Manager, Search");
  answer = ladder_profile_lookup_answer (profile, "career-plan");
  g_assert_nonnull (strstr (answer->answer, "Product Manager, Search at Acme <AI> & Co"));
  g_assert_cmpstr (ladder_profile_lookup_answer (profile, "how-to-reach")->answer, ==,
                   "My own words.");
  g_assert_cmpstr (ladder_session_get_undo_label (ladder_window_get_session (window)), ==,
                   "change of the company and role you apply for");

  /* Out of the field (a focused field keeps Ctrl+Z for its own text). */
  gtk_root_set_focus (GTK_ROOT (window), NULL);
  ladder_test_press_keys (GTK_WIDGET (window), "<Control>z");
  g_assert_null (ladder_profile_get_applying_company (profile));
  g_assert_null (strstr (ladder_profile_lookup_answer (profile, "career-plan")->answer, "Acme"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (company)), ==, "");
  close_window (window);
}

/* A stand-in gnome-session on the test's bus (when there is one), before the application
 * registers with it. It goes when this process does (its input closes). */
static void
start_session_manager (void)
{
  const char *argv[] = { g_getenv ("LADDER_FAKE_SESSION_MANAGER"), NULL };
  g_autoptr (GError) error = NULL;
  g_autoptr (GIOChannel) out = NULL;
  g_autofree char *line = NULL;
  int in_fd, out_fd;

  if (argv[0] == NULL || g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    return;
  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL,
                                           NULL, &session_manager_pid, &in_fd, &out_fd, NULL,
                                           &error));
  g_assert_no_error (error);
  out = g_io_channel_unix_new (out_fd);
  g_io_channel_set_close_on_unref (out, TRUE);
  g_io_channel_read_line (out, &line, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (line, ==, "ready\n");
  /* in_fd stays open for this process's life. */
  (void) in_fd;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = ladder_test_isolate_home ();

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  start_session_manager ();
  app = ladder_test_register_app ();
  profiles_dir = g_build_filename (g_get_user_data_dir (), APPLICATION_ID, "profiles", NULL);

  g_test_add_func ("/undo/plan-item", test_plan_item);
  g_test_add_func ("/undo/plan-status-in-place", test_plan_status_in_place);
  g_test_add_func ("/undo/evidence", test_evidence);
  g_test_add_func ("/undo/done-logs-evidence", test_done_logs_evidence);
  g_test_add_func ("/undo/history-chart", test_history_chart);
  g_test_add_func ("/undo/evidence-show-all", test_evidence_show_all);
  g_test_add_func ("/undo/compare-ratings", test_compare_ratings);
  g_test_add_func ("/undo/check-in", test_check_in);
  g_test_add_func ("/undo/own-skill", test_own_skill);
  g_test_add_func ("/undo/own-question", test_own_question);
  g_test_add_func ("/undo/rating-from-other-view", test_rating_from_other_view);
  g_test_add_func ("/undo/toast-goes-with-later-change", test_toast_goes_with_later_change);
  g_test_add_func ("/undo/restore-version", test_restore_version);
  g_test_add_func ("/undo/applying", test_applying);
  g_test_add_func ("/undo/reload-and-delete", test_reload_and_delete);
  g_test_add_func ("/undo/settings", test_settings);
  g_test_add_func ("/undo/move-to-company-ladder", test_move_to_company_ladder);
  g_test_add_func ("/undo/last-view-and-export", test_last_view_and_export);
  g_test_add_func ("/undo/logout-saves", test_logout_saves);
  /* Last: the signal also asks the application to quit. */
  g_test_add_func ("/undo/sigterm-saves", test_sigterm_saves);
  return g_test_run ();
}
