/* SPDX-License-Identifier: GPL-3.0-or-later
 * The Plan view in a real window: status, regenerate keeping the edit (removal and undo: test-undo.c). */
#include "config.h"

#include "ladder-test-env.h"
#include "ladder-test-gui.h"

#include <adwaita.h>

#include "core/ladder-planner.h"
#include "gui/ladder-plan-view.h"

typedef struct
{
  GtkWindow *window;
  LadderPlanView *view;
  LadderProfile *profile;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *overlay = adw_toast_overlay_new ();

  fixture->profile = ladder_test_load_sample ("anna-petrova-saas-enterprise.json");
  fixture->view = g_object_new (LADDER_TYPE_PLAN_VIEW, "profile", fixture->profile, NULL);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 900, 700);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), GTK_WIDGET (fixture->view));
  gtk_window_set_child (fixture->window, overlay);
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

static void
test_empty_then_generate (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (fixture->view),
                                                               LADDER_TYPE_PLAN_VIEW, "stack"));

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  /* With nothing of the person's own in the plan, no question is asked. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "plan.regenerate", NULL));
  ladder_test_drain ();
  g_assert_null (ladder_test_find_message_dialog ());
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "plan");
  g_assert_cmpuint (ladder_profile_get_n_plan_items (fixture->profile), >, 5);
  g_assert_nonnull (ladder_plan_view_get_row (fixture->view, "goal-1"));
}

/* The first step of each skill in the plan says what to learn from (the framework's books for
 * it); the skill's later steps do not say it again. The plan is made with the view's own button. */
static void
test_learn_from (Fixture       *fixture,
                 gconstpointer  data)
{
  GtkWidget *generate = ladder_test_find_button (GTK_WIDGET (fixture->view), "_Generate Plan");
  LadderFramework *framework = ladder_profile_get_framework (fixture->profile);
  g_autoptr (GHashTable) lowest = g_hash_table_new (g_str_hash, g_str_equal);
  guint firsts = 0, later = 0;

  g_assert_nonnull (generate);
  ladder_test_click (generate);
  ladder_test_drain ();
  g_assert_cmpuint (ladder_profile_get_n_plan_items (fixture->profile), >, 5);
  for (guint i = 0; i < ladder_profile_get_n_plan_items (fixture->profile); i++)
    {
      const LadderPlanItem *item = ladder_profile_get_plan_item (fixture->profile, i);
      int reach = ladder_planner_item_reach (item);
      int before = GPOINTER_TO_INT (g_hash_table_lookup (lowest, item->skill != NULL
                                                                   ? item->skill : ""));

      if (reach > 0 && (before == 0 || reach < before))
        g_hash_table_insert (lowest, item->skill, GINT_TO_POINTER (reach));
    }
  for (guint i = 0; i < ladder_profile_get_n_plan_items (fixture->profile); i++)
    {
      const LadderPlanItem *item = ladder_profile_get_plan_item (fixture->profile, i);
      GtkWidget *row = ladder_plan_view_get_row (fixture->view, item->id);
      int reach = ladder_planner_item_reach (item);
      const LadderSkill *skill;
      g_autofree char *books = NULL;

      if (reach < 0)
        {
          g_assert_false (ladder_test_has_label (row, "To learn from"));
          continue;
        }
      skill = ladder_framework_lookup_skill (framework, item->skill);
      g_assert_nonnull (skill->resources);
      books = g_strdup_printf ("To learn from: %s", skill->resources[0]);
      if (reach == GPOINTER_TO_INT (g_hash_table_lookup (lowest, item->skill)))
        {
          g_assert_true (ladder_test_has_label (row, books));
          firsts++;
        }
      else
        {
          g_assert_false (ladder_test_has_label (row, "To learn from"));
          later++;
        }
    }
  g_assert_cmpuint (firsts, >=, 3);
  g_assert_cmpuint (later, >=, 1);
}

static void
test_status_survives_regenerate (Fixture       *fixture,
                                 gconstpointer  data)
{
  const LadderPlanItem *item;
  g_autofree char *id = NULL;
  GtkWidget *row;
  GtkDropDown *dropdown;
  AdwMessageDialog *dialog;

  ladder_planner_regenerate (ladder_framework_get_builtin (), fixture->profile);
  ladder_test_drain ();
  id = g_strdup (ladder_profile_get_plan_item (fixture->profile, 2)->id);
  row = ladder_plan_view_get_row (fixture->view, id);
  g_assert_nonnull (row);
  dropdown = GTK_DROP_DOWN (ladder_test_find_descendant (row, GTK_TYPE_DROP_DOWN));
  g_assert_nonnull (dropdown);

  gtk_drop_down_set_selected (dropdown, LADDER_STATUS_IN_PROGRESS);
  ladder_test_drain ();
  item = ladder_profile_lookup_plan_item (fixture->profile, id, NULL);
  g_assert_cmpint (item->status, ==, LADDER_STATUS_IN_PROGRESS);
  /* The row stayed: changing a status does not rebuild the list under the person's hands. */
  g_assert_true (ladder_plan_view_get_row (fixture->view, id) == row);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->view), "plan.regenerate", NULL));
  ladder_test_drain ();
  dialog = ladder_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  ladder_test_click (ladder_test_find_button (GTK_WIDGET (dialog), "_Regenerate"));
  ladder_test_drain ();

  item = ladder_profile_lookup_plan_item (fixture->profile, id, NULL);
  g_assert_nonnull (item);
  g_assert_cmpint (item->status, ==, LADDER_STATUS_IN_PROGRESS);
  row = ladder_plan_view_get_row (fixture->view, id);
  dropdown = GTK_DROP_DOWN (ladder_test_find_descendant (row, GTK_TYPE_DROP_DOWN));
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, LADDER_STATUS_IN_PROGRESS);
}

/* An item moved to another year and quarter and given a skill from its editor; an item moved
 * down past one of another quarter takes that quarter. */
static void
test_edit_when_and_skill (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *id = NULL;
  const LadderPlanItem *item;
  AdwMessageDialog *dialog;
  GtkDropDown *when, *skill;
  guint n;

  ladder_planner_regenerate (ladder_framework_get_builtin (), fixture->profile);
  ladder_test_drain ();
  n = ladder_profile_get_n_plan_items (fixture->profile);
  for (guint i = 0; i < n && id == NULL; i++)
    if (ladder_profile_get_plan_item (fixture->profile, i)->year == 1 &&
        g_str_equal (ladder_profile_get_plan_item (fixture->profile, i)->kind, "action"))
      id = g_strdup (ladder_profile_get_plan_item (fixture->profile, i)->id);
  g_assert_nonnull (id);

  /* The row's menu, then Edit…. */
  ladder_test_click (ladder_test_open_menu_item (
    ladder_test_find_descendant (ladder_plan_view_get_row (fixture->view, id),
                                 GTK_TYPE_MENU_BUTTON),
    "Edit…"));
  dialog = ladder_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  when = GTK_DROP_DOWN (ladder_test_find_descendant (GTK_WIDGET (dialog), GTK_TYPE_DROP_DOWN));
  g_assert_nonnull (when);
  skill = GTK_DROP_DOWN (gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (
    GTK_WIDGET (when))));
  g_assert_true (GTK_IS_DROP_DOWN (skill));
  /* Year 2, quarter 3: the rows are year 1 (whole, Q1–Q4), then year 2 (whole, Q1, Q2, Q3). */
  gtk_drop_down_set_selected (when, 5 + 3);
  gtk_drop_down_set_selected (skill, 1);
  /* The dialog's own Save button. */
  ladder_test_click (ladder_test_find_button (GTK_WIDGET (dialog), "_Save"));

  item = ladder_profile_lookup_plan_item (fixture->profile, id, NULL);
  g_assert_cmpuint (item->year, ==, 2);
  g_assert_cmpuint (item->quarter, ==, 3);
  g_assert_cmpstr (item->skill, ==, ladder_profile_get_skill (fixture->profile, 0)->id);
  g_assert_true (item->edited);
  g_assert_nonnull (ladder_plan_view_get_row (fixture->view, id));

  /* Given one of the person's own skills, the row names it. */
  {
    g_autofree char *own = ladder_profile_add_skill (fixture->profile, "Supply chain", "business");
    g_autofree char *title = g_strdup (item->title);
    GtkWidget *row;

    ladder_profile_update_plan_item (fixture->profile, id, title, NULL, 2, 3, own);
    ladder_test_drain ();
    row = ladder_plan_view_get_row (fixture->view, id);
    g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Supply chain"));
    item = ladder_profile_lookup_plan_item (fixture->profile, id, NULL);
  }

  /* Down past the next action of its year in another quarter: it takes that quarter. */
  {
    guint at;
    const LadderPlanItem *next = NULL;

    ladder_profile_lookup_plan_item (fixture->profile, id, &at);
    for (guint i = at + 1; i < ladder_profile_get_n_plan_items (fixture->profile); i++)
      {
        const LadderPlanItem *other = ladder_profile_get_plan_item (fixture->profile, i);

        if (other->year == 2)
          {
            next = other;
            break;
          }
      }
    if (next != NULL && g_str_equal (next->kind, "action") && next->quarter != 3)
      {
        guint quarter = next->quarter;

        ladder_test_click (ladder_test_open_menu_item (
          ladder_test_find_descendant (ladder_plan_view_get_row (fixture->view, id),
                                       GTK_TYPE_MENU_BUTTON),
          "Move Down"));
        g_assert_cmpuint (ladder_profile_lookup_plan_item (fixture->profile, id, NULL)->quarter,
                          ==, quarter);
      }
  }
}

static GtkEventController *
find_controller (GtkWidget *widget,
                 GType      type)
{
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (controller, type))
        return controller;
    }
  return NULL;
}

/* Drags a row as the person does, through the row's own drag source and the drop target of the
 * row it is dropped on (upper or lower half) or of a year's group. */
static void
drag_row (LadderPlanView *view,
          const char     *id,
          GtkWidget      *onto,
          gboolean        upper_half)
{
  GtkWidget *row = ladder_plan_view_get_row (view, id);
  GtkEventController *source, *target;
  g_autoptr (GdkContentProvider) content = NULL;
  g_auto (GValue) value = G_VALUE_INIT;
  gboolean accepted = FALSE;
  GdkDragAction action = 0;

  g_assert_nonnull (row);
  source = find_controller (row, GTK_TYPE_DRAG_SOURCE);
  target = find_controller (onto, GTK_TYPE_DROP_TARGET);
  g_assert_nonnull (source);
  g_assert_nonnull (target);
  g_signal_emit_by_name (source, "prepare", 10.0, 10.0, &content);
  g_assert_nonnull (content);
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
  if (GTK_IS_LIST_BOX_ROW (onto))
    {
      /* Hovering shows a line where the item will go. */
      g_signal_emit_by_name (target, "motion", 10.0,
                             upper_half ? 2.0 : gtk_widget_get_height (onto) - 2.0, &action);
      g_assert_cmpint (action, ==, GDK_ACTION_MOVE);
      g_assert_true (gtk_widget_has_css_class (onto, upper_half ? "plan-drop-before"
                                                                : "plan-drop-after"));
    }
  g_signal_emit_by_name (target, "drop", &value, 10.0,
                         upper_half ? 2.0 : gtk_widget_get_height (onto) - 2.0, &accepted);
  g_assert_true (accepted);
  ladder_test_drain ();
}

static guint
position_of (LadderProfile *profile,
             const char    *id)
{
  guint at = G_MAXUINT;

  g_assert_nonnull (ladder_profile_lookup_plan_item (profile, id, &at));
  return at;
}

/* Drag and drop: before a row (upper half), after a row (lower half), into another year onto
 * its heading; the item takes its neighbour's quarter; Ctrl+Z takes a drop back. */
static void
test_drag_and_drop (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *first = NULL, *last = NULL, *other_year = NULL;
  const LadderPlanItem *item;
  guint n, year_of_last;
  GtkWidget *onto, *group;

  ladder_planner_regenerate (ladder_framework_get_builtin (), fixture->profile);
  ladder_test_drain ();
  n = ladder_profile_get_n_plan_items (fixture->profile);
  /* The first action of year 1 and the last action of year 1. */
  for (guint i = 0; i < n; i++)
    {
      item = ladder_profile_get_plan_item (fixture->profile, i);
      if (item->year == 1 && g_str_equal (item->kind, "action"))
        {
          if (first == NULL)
            first = g_strdup (item->id);
          g_free (last);
          last = g_strdup (item->id);
        }
      if (item->year == 2 && other_year == NULL && g_str_equal (item->kind, "action"))
        other_year = g_strdup (item->id);
    }
  g_assert_nonnull (first);
  g_assert_nonnull (other_year);
  g_assert_cmpstr (first, !=, last);

  /* The last goes before the first, and takes its quarter. */
  drag_row (fixture->view, last, ladder_plan_view_get_row (fixture->view, first), TRUE);
  g_assert_cmpuint (position_of (fixture->profile, last) + 1, ==,
                    position_of (fixture->profile, first));
  g_assert_cmpuint (ladder_profile_lookup_plan_item (fixture->profile, last, NULL)->quarter, ==,
                    ladder_profile_lookup_plan_item (fixture->profile, first, NULL)->quarter);
  g_assert_cmpstr (ladder_profile_get_change (fixture->profile, NULL), !=, NULL);
  /* The view shows the new order: the rows were rebuilt, the dragged row is in its new place. */
  g_assert_true (gtk_widget_get_next_sibling (ladder_plan_view_get_row (fixture->view, last)) ==
                 ladder_plan_view_get_row (fixture->view, first));

  /* The first goes after the item of year 2 (lower half): into year 2. */
  onto = ladder_plan_view_get_row (fixture->view, other_year);
  drag_row (fixture->view, first, onto, FALSE);
  item = ladder_profile_lookup_plan_item (fixture->profile, first, NULL);
  g_assert_cmpuint (item->year, ==, 2);
  g_assert_cmpuint (position_of (fixture->profile, other_year) + 1, ==,
                    position_of (fixture->profile, first));

  /* Onto year 3's group: the end of year 3. */
  group = gtk_widget_get_ancestor (ladder_plan_view_get_row (fixture->view, other_year),
                                   ADW_TYPE_PREFERENCES_GROUP);
  group = gtk_widget_get_next_sibling (group);
  g_assert_nonnull (group);
  drag_row (fixture->view, last, group, TRUE);
  item = ladder_profile_lookup_plan_item (fixture->profile, last, NULL);
  year_of_last = item->year;
  g_assert_cmpuint (year_of_last, ==, 3);
  for (guint i = position_of (fixture->profile, last) + 1; i < n; i++)
    g_assert_cmpuint (ladder_profile_get_plan_item (fixture->profile, i)->year, >, 3);
}

/* A target that does not fit in the horizon is said above the plan, with its two ways out as
 * buttons; clicking one changes the profile and makes the plan again, and the note goes. */
static void
test_fit_note (Fixture       *fixture,
               gconstpointer  data)
{
  GtkWidget *box = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (fixture->view),
                                                              LADDER_TYPE_PLAN_VIEW, "fit_box"));
  GtkWidget *horizon, *target;
  guint years = 0, suggested;

  /* Anna, a senior PM heading for team lead with no reports: a trial year comes first. */
  ladder_profile_set_horizon_years (fixture->profile, 1);
  ladder_planner_regenerate (ladder_framework_get_builtin (), fixture->profile);
  ladder_test_drain ();
  g_assert_true (gtk_widget_get_visible (box));
  horizon = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (fixture->view),
                                                       LADDER_TYPE_PLAN_VIEW, "horizon_button"));
  g_assert_true (gtk_widget_get_visible (horizon));
  suggested = g_variant_get_uint32 (gtk_actionable_get_action_target_value (
    GTK_ACTIONABLE (horizon)));
  g_assert_cmpuint (suggested, >, 1);
  {
    g_autofree char *label = g_strdup_printf ("Plan _Over %u Years", suggested);

    g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (horizon)), ==, label);
  }
  target = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (fixture->view),
                                                      LADDER_TYPE_PLAN_VIEW, "target_button"));
  g_assert_false (gtk_widget_get_visible (target)); /* no rung between senior PM and team lead */

  ladder_test_click (horizon);
  g_assert_cmpuint (ladder_profile_get_horizon_years (fixture->profile), ==, suggested);
  for (guint i = 0; i < ladder_profile_get_n_plan_items (fixture->profile); i++)
    years = MAX (years, ladder_profile_get_plan_item (fixture->profile, i)->year);
  g_assert_cmpuint (years, ==, suggested);
  g_assert_false (gtk_widget_get_visible (box));

  /* Further away: a nearer rung is offered, and taken with its button. */
  ladder_profile_set_position (fixture->profile, "expert", "assistant");
  ladder_profile_set_target (fixture->profile, "expert", "principal-pm");
  ladder_profile_set_years_experience (fixture->profile, 0);
  ladder_planner_regenerate (ladder_framework_get_builtin (), fixture->profile);
  ladder_test_drain ();
  g_assert_true (gtk_widget_get_visible (box));
  g_assert_true (gtk_widget_get_visible (target));
  ladder_test_click (target);
  g_assert_cmpstr (ladder_profile_get_target_rung (fixture->profile), !=, "principal-pm");
}

/* A plan of thousands of items (the reader takes 20,000) shows the first rows of each year and
 * a button for the rest, which shows them all. */
static void
test_many_items (Fixture       *fixture,
                 gconstpointer  data)
{
  GPtrArray *plan = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_plan_item_free);
  guint n = 3 * LADDER_PLAN_VIEW_ROWS_SHOWN;
  g_autofree char *label = g_strdup_printf ("Show All %u Items", n);
  GtkWidget *button;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("item-%u", i);
      g_autofree char *title = g_strdup_printf ("Item %u", i);

      g_ptr_array_add (plan, ladder_plan_item_new (id, "action", 1, i % 4 + 1, NULL, title,
                                                   NULL));
    }
  ladder_profile_set_plan (fixture->profile, plan, "2026-11-22T10:00:00Z");
  ladder_test_drain ();
  g_assert_nonnull (ladder_plan_view_get_row (fixture->view, "item-0"));
  g_assert_null (ladder_plan_view_get_row (fixture->view, "item-299"));
  button = ladder_test_find_button (GTK_WIDGET (fixture->view), label);
  g_assert_nonnull (button);
  ladder_test_click (button);
  g_assert_nonnull (ladder_plan_view_get_row (fixture->view, "item-299"));
  g_assert_null (ladder_test_find_button (GTK_WIDGET (fixture->view), label));
}

/* A plan made in another language says so; its button makes it again in this one, and the note
 * goes. The language is kept in the file. */
static void
test_other_language (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *box = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (fixture->view),
                                                              LADDER_TYPE_PLAN_VIEW,
                                                              "language_box"));
  g_autofree char *text = NULL;
  g_autoptr (GString) russian = NULL;
  g_autoptr (LadderProfile) again = NULL;
  g_autoptr (GError) error = NULL;

  ladder_planner_regenerate (ladder_framework_get_builtin (), fixture->profile);
  ladder_test_drain ();
  g_assert_cmpstr (ladder_profile_get_plan_language (fixture->profile), ==, "en");
  g_assert_false (gtk_widget_get_visible (box));

  /* The same plan, as if made under Russian. */
  text = ladder_profile_to_data (fixture->profile, NULL);
  russian = g_string_new (text);
  g_assert_cmpuint (g_string_replace (russian, "\"language\" : \"en\"",
                                      "\"language\" : \"ru\"", 1), ==, 1);
  again = ladder_profile_new_from_data (russian->str, russian->len, &error);
  g_assert_no_error (error);
  ladder_profile_restore (fixture->profile, russian->str, russian->len, LADDER_PROFILE_PART_ALL,
                          &error);
  g_assert_no_error (error);
  ladder_test_drain ();
  g_assert_cmpstr (ladder_profile_get_plan_language (fixture->profile), ==, "ru");
  g_assert_true (gtk_widget_get_visible (box));

  ladder_test_click (ladder_test_find_button (box, "_Make Again"));
  g_assert_cmpstr (ladder_profile_get_plan_language (fixture->profile), ==, "en");
  g_assert_false (gtk_widget_get_visible (box));
}

/* Where the person stands against the calendar: a year's heading counts the items whose quarter
 * is over and that are not done. */
static void
test_late_items (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr (GPtrArray) plan = g_ptr_array_new ();
  LadderPlanItem *done;
  AdwPreferencesGroup *year;

  /* Made in January 2020: its first quarter was 2020 Q2, long over. */
  g_ptr_array_add (plan, ladder_plan_item_new ("a", "action", 1, 1, NULL, "Over, not done",
                                               NULL));
  done = ladder_plan_item_new ("b", "action", 1, 2, NULL, "Over, done", NULL);
  done->status = LADDER_STATUS_DONE;
  g_ptr_array_add (plan, done);
  g_ptr_array_add (plan, ladder_plan_item_new ("c", "action", 9, 1, NULL, "Years away", NULL));
  ladder_profile_set_plan (fixture->profile, g_steal_pointer (&plan), "2020-01-15T10:00:00Z");
  ladder_test_drain ();
  year = ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (
    ladder_plan_view_get_row (fixture->view, "a"), ADW_TYPE_PREFERENCES_GROUP));
  g_assert_cmpstr (adw_preferences_group_get_description (year), ==, "1 of 2 items done, 1 late");
  year = ADW_PREFERENCES_GROUP (gtk_widget_get_ancestor (
    ladder_plan_view_get_row (fixture->view, "c"), ADW_TYPE_PREFERENCES_GROUP));
  g_assert_cmpstr (adw_preferences_group_get_description (year), ==, "0 of 1 item done");
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
  ADD ("/plan-view/empty-then-generate", test_empty_then_generate);
  ADD ("/plan-view/learn-from", test_learn_from);
  ADD ("/plan-view/status-survives-regenerate", test_status_survives_regenerate);
  ADD ("/plan-view/edit-when-and-skill", test_edit_when_and_skill);
  ADD ("/plan-view/drag-and-drop", test_drag_and_drop);
  ADD ("/plan-view/fit-note", test_fit_note);
  ADD ("/plan-view/many-items", test_many_items);
  ADD ("/plan-view/other-language", test_other_language);
  ADD ("/plan-view/late-items", test_late_items);
#undef ADD

  return g_test_run ();
}
