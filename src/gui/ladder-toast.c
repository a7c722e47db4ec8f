/* SPDX-License-Identifier: GPL-3.0-or-later
 * Toasts from anywhere in the window. In libadwaita 1.2 a toast's title is Pango markup, so
 * user text is escaped here, once, for every caller. */
#define G_LOG_DOMAIN "ladder-toast"

#include "config.h"

#include "ladder-toast.h"
#include "ladder-window.h"

AdwToast *
ladder_toast_new_plain (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  return adw_toast_new (escaped);
}

/**
 * ladder_toast_show:
 * @widget: a widget inside the window's toast overlay
 * @button: (nullable): the label of the toast's button, such as "_Undo"
 * @action: (nullable): the action the button activates
 */
void
ladder_toast_show (GtkWidget  *widget,
                   const char *text,
                   const char *button,
                   const char *action)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  GtkRoot *root = gtk_widget_get_root (widget);
  AdwToast *toast = ladder_toast_new_plain (text);

  if (button != NULL)
    {
      adw_toast_set_button_label (toast, button);
      adw_toast_set_detailed_action_name (toast, action);
    }
  if (LADDER_IS_WINDOW (root))
    ladder_window_add_toast (LADDER_WINDOW (root), toast);
  else if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/**
 * ladder_toast_show_undo:
 * @widget: a widget inside the window
 * @text: what was just done
 *
 * A toast whose Undo button takes back the change just made, through the window's session,
 * wherever the toast is shown.
 */
void
ladder_toast_show_undo (GtkWidget  *widget,
                        const char *text)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (LADDER_IS_WINDOW (root))
    ladder_window_show_undo_toast (LADDER_WINDOW (root), text);
  else
    ladder_toast_show (widget, text, NULL, NULL);
}
