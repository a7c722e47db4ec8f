/* SPDX-License-Identifier: GPL-3.0-or-later
 * Helpers shared by the GUI tests. */
#pragma once

#include <adwaita.h>

#include "ladder-test-samples.h"
#include "gui/ladder-application.h"
#include "gui/ladder-level-picker.h"
#include "gui/ladder-skill-row.h"

/* Runs the main loop until nothing is pending: layout, drawing, idle handlers. */
static inline void
ladder_test_drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Lets the main loop run for @ms milliseconds: the time a person takes to see a toast before
 * clicking it (libadwaita 1.2 crashes when a toast is dismissed while it is still coming in). */
static inline void
ladder_test_wait (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      ladder_test_drain ();
      g_usleep (5000);
    }
}

static inline void
ladder_test_collect_pickers (GtkWidget *widget,
                             GPtrArray *pickers)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (LADDER_IS_LEVEL_PICKER (child))
        g_ptr_array_add (pickers, child);
      else
        ladder_test_collect_pickers (child, pickers);
    }
}

/* The level picker of a skill's "current" or "target" column, among the rows on screen. */
static inline LadderLevelPicker *
ladder_test_find_picker (GtkWidget  *view,
                         const char *skill_id,
                         const char *column)
{
  g_autoptr (GPtrArray) pickers = g_ptr_array_new ();

  ladder_test_collect_pickers (view, pickers);
  for (guint i = 0; i < pickers->len; i++)
    {
      GtkListItem *item = g_object_get_data (pickers->pdata[i], "item");
      LadderSkillRow *row = item != NULL ? gtk_list_item_get_item (item) : NULL;

      if (row != NULL && g_str_equal (ladder_skill_row_get_id (row), skill_id) &&
          g_str_equal (g_object_get_data (pickers->pdata[i], "column"), column))
        return pickers->pdata[i];
    }
  return NULL;
}

/* The first widget of @type below @widget, depth first. */
static inline GtkWidget *
ladder_test_find_descendant (GtkWidget *widget,
                             GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = ladder_test_find_descendant (child, type)) != NULL)
        return found;
    }
  return NULL;
}

/* Whether a label anywhere in @widget has @text in it. */
static inline gboolean
ladder_test_has_label (GtkWidget  *widget,
                       const char *text)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (ladder_test_has_label (child, text))
      return TRUE;
  return FALSE;
}

/* A mapped button with this label (mnemonic included), anywhere in @widget. */
static inline GtkWidget *
ladder_test_find_button (GtkWidget  *widget,
                         const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && gtk_widget_get_mapped (child) &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = ladder_test_find_button (child, label)) != NULL)
        return found;
    }
  return NULL;
}

/* Scrolls the view a widget is in so that the widget is on screen, as a person does before
 * clicking it. */
static inline void
ladder_test_scroll_to (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;
  GtkAdjustment *adjustment;

  if (scrolled == NULL ||
      !gtk_widget_compute_bounds (widget, gtk_scrolled_window_get_child (
                                    GTK_SCROLLED_WINDOW (scrolled)), &bounds))
    return;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_adjustment_set_value (adjustment, bounds.origin.y + gtk_adjustment_get_value (adjustment) -
                                        gtk_widget_get_height (scrolled) / 2.0);
  /* The widget moves at the next frame's layout. */
  for (guint i = 0; i < 100; i++)
    {
      ladder_test_drain ();
      if (gtk_widget_compute_bounds (widget, scrolled, &bounds) && bounds.origin.y >= 0 &&
          bounds.origin.y + bounds.size.height <= gtk_widget_get_height (scrolled))
        break;
      g_usleep (5000);
    }
}

/* Opens a menu button's menu and returns its item with this label as shown ("Remove", without
 * the mnemonic's underscore), or closes the menu again and returns NULL. */
static inline GtkWidget *
ladder_test_open_menu_item (GtkWidget  *menu_button,
                            const char *label)
{
  g_autoptr (GPtrArray) stack = g_ptr_array_new ();
  GtkWidget *popover;

  ladder_test_scroll_to (menu_button);
  /* Scrolling ran the main loop: a list may have given the button's row to another item. */
  if (!gtk_widget_get_mapped (menu_button) || gtk_widget_get_root (menu_button) == NULL)
    return NULL;
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  ladder_test_drain ();
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu_button)));
  if (popover != NULL)
    g_ptr_array_add (stack, popover);
  while (stack->len > 0)
    {
      GtkWidget *widget = g_ptr_array_steal_index (stack, stack->len - 1);

      /* GTK 4.8 builds a menu's items as GtkModelButton; "text" is the label as shown. */
      if (g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkModelButton"))
        {
          g_autofree char *text = NULL;

          g_object_get (widget, "text", &text, NULL);
          if (g_strcmp0 (text, label) == 0)
            return widget;
        }
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        g_ptr_array_add (stack, child);
    }
  gtk_menu_button_popdown (GTK_MENU_BUTTON (menu_button));
  ladder_test_drain ();
  return NULL;
}

typedef struct
{
  const char *name;
  GVariant *target;
  gboolean done;
} LadderTestKey;

static inline gboolean
ladder_test_key_in_frame_cb (GtkWidget     *window,
                             GdkFrameClock *clock,
                             gpointer       user_data)
{
  LadderTestKey *key = user_data;

  g_assert_true (gtk_widget_activate_action_variant (window, key->name, key->target));
  key->done = TRUE;
  return G_SOURCE_REMOVE;
}

/* What a key combination does in a window: the action its application binds it to, with that
 * action's target ("win.show-view('plan')" for Alt+3). GTK handles a key press inside a frame,
 * whose layout and paint follow before any idle handler (GTK 4.8 moves the focus away from a
 * widget just hidden there): the action runs in the window's next frame too. */
static inline void
ladder_test_press_keys (GtkWidget  *window,
                        const char *accel)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));
  g_auto (GStrv) actions = NULL;
  g_autofree char *name = NULL;
  g_autoptr (GVariant) target = NULL;
  LadderTestKey key = { NULL, NULL, FALSE };
  gint64 end = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  g_assert_nonnull (app);
  actions = gtk_application_get_actions_for_accel (app, accel);
  g_assert_nonnull (actions);
  g_assert_nonnull (actions[0]);
  g_assert_true (g_action_parse_detailed_name (actions[0], &name, &target, NULL));
  key.name = name;
  key.target = target;
  if (gtk_widget_get_mapped (window))
    {
      guint tick = gtk_widget_add_tick_callback (window, ladder_test_key_in_frame_cb, &key, NULL);

      while (!key.done && g_get_monotonic_time () < end)
        g_main_context_iteration (NULL, TRUE);
      if (!key.done)
        gtk_widget_remove_tick_callback (window, tick);
    }
  if (!key.done) /* a window not shown, or no frame to come */
    g_assert_true (gtk_widget_activate_action_variant (window, name, target));
  ladder_test_drain ();
}

/* Clicks a menu item, as a pointer does. */
static inline void
ladder_test_click (GtkWidget *widget)
{
  g_assert_nonnull (widget);
  g_signal_emit_by_name (widget, "clicked");
  ladder_test_drain ();
}

/* The application the window tests share, registered as the running instance would be. */
static inline LadderApplication *
ladder_test_register_app (void)
{
  LadderApplication *app = ladder_application_new ();

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  return app;
}

/* Closes a window and checks nothing keeps it alive. */
static inline void
ladder_test_close_window (GtkWidget *window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  ladder_test_drain ();
  g_assert_finalize_object (window);
}

/* The message dialog on screen, if there is one. */
static inline AdwMessageDialog *
ladder_test_find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}
