/* SPDX-License-Identifier: GPL-3.0-or-later
 * A bar under the header with a message in full, an optional button and a close button. */
#define G_LOG_DOMAIN "ladder-banner"

#include "config.h"

#include "ladder-i18n.h"

#include "ladder-accessible.h"
#include "ladder-banner.h"
#include "ladder-wrap-box.h"

struct _LadderBanner
{
  GtkWidget parent_instance;

  GtkWidget *revealer;
  GtkWidget *label;
  GtkWidget *button;
  GtkWidget *close_button;
};

G_DEFINE_FINAL_TYPE (LadderBanner, ladder_banner, GTK_TYPE_WIDGET)

static void
close_clicked (LadderBanner *self)
{
  gboolean had_focus = gtk_widget_has_focus (self->close_button);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  ladder_banner_hide (self);
  /* The button goes away with the bar: the focus goes to the window's content, not nowhere. */
  if (had_focus && root != NULL)
    gtk_widget_child_focus (GTK_WIDGET (root), GTK_DIR_TAB_FORWARD);
}

static void
ladder_banner_dispose (GObject *object)
{
  LadderBanner *self = LADDER_BANNER (object);

  g_clear_pointer (&self->revealer, gtk_widget_unparent);
  G_OBJECT_CLASS (ladder_banner_parent_class)->dispose (object);
}

static void
ladder_banner_class_init (LadderBannerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_banner_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ladder-banner");
}

static void
ladder_banner_init (LadderBanner *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  /* The button goes under the text when both do not fit (a phone-width window). */
  GtkWidget *wrap = ladder_wrap_box_new (12);

  self->revealer = gtk_revealer_new ();
  gtk_revealer_set_transition_type (GTK_REVEALER (self->revealer),
                                    GTK_REVEALER_TRANSITION_TYPE_SLIDE_DOWN);
  gtk_widget_set_parent (self->revealer, GTK_WIDGET (self));
  gtk_revealer_set_child (GTK_REVEALER (self->revealer), box);
  gtk_widget_add_css_class (box, "ladder-banner");

  self->label = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (self->label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (self->label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (self->label), 0);
  gtk_label_set_selectable (GTK_LABEL (self->label), FALSE);
  gtk_widget_set_hexpand (self->label, TRUE);
  gtk_widget_set_valign (self->label, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (wrap, TRUE);
  gtk_box_append (GTK_BOX (box), wrap);
  ladder_wrap_box_append (LADDER_WRAP_BOX (wrap), self->label);

  self->button = gtk_button_new ();
  gtk_button_set_use_underline (GTK_BUTTON (self->button), TRUE);
  gtk_widget_set_valign (self->button, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (self->button, FALSE);
  ladder_wrap_box_append (LADDER_WRAP_BOX (wrap), self->button);

  self->close_button = gtk_button_new_from_icon_name ("window-close-symbolic");
  gtk_widget_set_valign (self->close_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->close_button, "flat");
  gtk_widget_add_css_class (self->close_button, "circular");
  gtk_widget_set_tooltip_text (self->close_button, _("Dismiss"));
  ladder_accessible_name_icon_button (self->close_button, _("Dismiss"));
  g_signal_connect_swapped (self->close_button, "clicked", G_CALLBACK (close_clicked), self);
  gtk_box_append (GTK_BOX (box), self->close_button);

}

GtkWidget *
ladder_banner_new (void)
{
  return g_object_new (LADDER_TYPE_BANNER, NULL);
}

/**
 * ladder_banner_show:
 * @text: plain text, shown whole
 * @button_label: (nullable): a button beside it, such as "Company _Ladders…"
 * @action_name: (nullable): what the button does
 */
void
ladder_banner_show (LadderBanner *self,
                    const char   *text,
                    const char   *button_label,
                    const char   *action_name)
{
  g_return_if_fail (LADDER_IS_BANNER (self));
  g_return_if_fail (text != NULL);

  gtk_label_set_text (GTK_LABEL (self->label), text);
  gtk_widget_set_visible (self->button, button_label != NULL);
  if (button_label != NULL)
    gtk_button_set_label (GTK_BUTTON (self->button), button_label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->button), action_name);
  gtk_revealer_set_reveal_child (GTK_REVEALER (self->revealer), TRUE);
}

void
ladder_banner_hide (LadderBanner *self)
{
  g_return_if_fail (LADDER_IS_BANNER (self));

  gtk_revealer_set_reveal_child (GTK_REVEALER (self->revealer), FALSE);
}

/**
 * ladder_banner_get_text:
 *
 * Returns: (nullable): the text shown, %NULL when the bar is hidden
 */
const char *
ladder_banner_get_text (LadderBanner *self)
{
  g_return_val_if_fail (LADDER_IS_BANNER (self), NULL);

  if (!gtk_revealer_get_reveal_child (GTK_REVEALER (self->revealer)))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (self->label));
}
