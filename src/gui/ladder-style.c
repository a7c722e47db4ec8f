/* SPDX-License-Identifier: GPL-3.0-or-later
 * Colours of the current style for widgets that draw. GTK 4.8 has no replacement yet for the
 * style context's named colours, so its use is kept here, in one place. */
#define G_LOG_DOMAIN "ladder-style"

#include "config.h"

#include "ladder-style.h"

/**
 * ladder_style_color:
 * @name: (nullable): a named colour such as "accent_color", or %NULL for the text colour
 *
 * Returns: the colour; the text colour when the style does not name @name
 */
GdkRGBA
ladder_style_color (GtkWidget  *widget,
                    const char *name)
{
  GtkStyleContext *style;
  GdkRGBA color;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  style = gtk_widget_get_style_context (widget);
  if (name == NULL || !gtk_style_context_lookup_color (style, name, &color))
    gtk_style_context_get_color (style, &color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  return color;
}
