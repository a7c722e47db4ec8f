/* SPDX-License-Identifier: GPL-3.0-or-later
 * Colours of the current style (light, dark, high contrast) for widgets that draw, and the
 * fonts the interface language wants. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GdkRGBA ladder_style_color  (GtkWidget     *widget,
                             const char    *name);
void    ladder_style_accent (GtkWidget     *widget,
                             GdkRGBA       *background,
                             GdkRGBA       *foreground);
double  ladder_style_contrast (const GdkRGBA *a,
                               const GdkRGBA *b);
void    ladder_style_prefer_language_fonts (void);
double  ladder_style_text_scale (GtkWidget *widget);

G_END_DECLS
