/* SPDX-License-Identifier: GPL-3.0-or-later
 * Helpers shared by the GUI tests. */
#pragma once

#include <adwaita.h>

#include "ladder-test-samples.h"
#include "gui/ladder-level-picker.h"
#include "gui/ladder-skill-row.h"

/* Runs the main loop until nothing is pending: layout, drawing, idle handlers. */
static inline void
ladder_test_drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
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
