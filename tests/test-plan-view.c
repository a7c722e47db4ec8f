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
  adw_message_dialog_response (dialog, "regenerate");
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
  ADD ("/plan-view/status-survives-regenerate", test_status_survives_regenerate);
  ADD ("/plan-view/edit-when-and-skill", test_edit_when_and_skill);
#undef ADD

  return g_test_run ();
}
