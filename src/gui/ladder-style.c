/* SPDX-License-Identifier: GPL-3.0-or-later
 * Colours of the current style for widgets that draw. GTK 4.8 has no replacement yet for the
 * style context's named colours, so its use is kept here, in one place. */
#define G_LOG_DOMAIN "ladder-style"

#include "config.h"

#include <math.h>

#include "core/ladder-format.h"
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

static double
luminance (const GdkRGBA *color)
{
  double channels[3] = { color->red, color->green, color->blue };

  for (guint i = 0; i < 3; i++)
    channels[i] = channels[i] <= 0.03928 ? channels[i] / 12.92
                                         : pow ((channels[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}

/**
 * ladder_style_contrast:
 *
 * Returns: the WCAG contrast ratio of two opaque colours, from 1 to 21
 */
double
ladder_style_contrast (const GdkRGBA *a,
                       const GdkRGBA *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/**
 * ladder_style_accent:
 *
 * The accent colour and the text colour on it, for widgets that draw a selection: libadwaita's
 * names, else the GTK theme's (a GTK_THEME without libadwaita's colours), else Adwaita's blue;
 * the text is made black or white when the style's own would not reach 4.5:1 on it.
 */
void
ladder_style_accent (GtkWidget *widget,
                     GdkRGBA   *background,
                     GdkRGBA   *foreground)
{
  GtkStyleContext *style;
  GdkRGBA black = { 0, 0, 0, 1 }, white = { 1, 1, 1, 1 };

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  style = gtk_widget_get_style_context (widget);
  if (!gtk_style_context_lookup_color (style, "accent_bg_color", background) &&
      !gtk_style_context_lookup_color (style, "theme_selected_bg_color", background))
    gdk_rgba_parse (background, "#3584e4");
  if (!gtk_style_context_lookup_color (style, "accent_fg_color", foreground) &&
      !gtk_style_context_lookup_color (style, "theme_selected_fg_color", foreground))
    *foreground = white;
  G_GNUC_END_IGNORE_DEPRECATIONS
  background->alpha = 1;
  foreground->alpha = 1;
  if (ladder_style_contrast (background, foreground) < 4.5)
    *foreground = ladder_style_contrast (background, &black) >
                  ladder_style_contrast (background, &white) ? black : white;
}

/* Han characters and CJK punctuation in Simplified Chinese forms when Ladder speaks Chinese,
 * whatever the locale: under LANG=C.UTF-8 Pango's language is "c", and fontconfig may then
 * draw Chinese with a Japanese font (骨 with the Japanese inner stroke, centred ：；). The
 * interface font is followed by the Simplified Chinese fonts, so they draw what it lacks. */
void
ladder_style_prefer_language_fonts (void)
{
  g_autoptr (GtkCssProvider) provider = NULL;
  g_autoptr (PangoFontDescription) font = NULL;
  g_autofree char *name = NULL;
  g_autofree char *css = NULL;
  const char *family;

  if (!g_str_equal (ladder_format_language (), "zh_CN"))
    return;
  g_object_get (gtk_settings_get_default (), "gtk-font-name", &name, NULL);
  font = pango_font_description_from_string (name != NULL ? name : "Sans");
  family = pango_font_description_get_family (font);
  css = g_strdup_printf ("window, popover, tooltip { font-family: \"%s\", \"Noto Sans CJK SC\", "
                         "\"Source Han Sans SC\", \"Source Han Sans CN\", "
                         "\"WenQuanYi Micro Hei\", sans-serif; }",
                         family != NULL ? family : "Sans");
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider, css, -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/**
 * ladder_style_text_scale:
 *
 * How much the desktop scales text (its text scaling factor, which sets the font resolution): 1
 * at the usual size, 1.5 with large text at 150 %. Widths and room for labels set in pixels
 * follow it.
 */
double
ladder_style_text_scale (GtkWidget *widget)
{
  double dpi = pango_cairo_context_get_resolution (gtk_widget_get_pango_context (widget));

  return MAX (1.0, dpi > 0 ? dpi / 96.0 : 1.0);
}
