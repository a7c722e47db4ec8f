/* SPDX-License-Identifier: GPL-3.0-or-later
 * The radar chart, drawn with cairo from the style's named colours, so that it reads in light,
 * dark and high-contrast styles. Its text alternative lists the same numbers. */
#define G_LOG_DOMAIN "ladder-radar"

#include "config.h"

#include "ladder-i18n.h"
#include <math.h>

#include "core/ladder-planner.h"
#include "core/ladder-readiness.h"
#include "core/ladder-format.h"
#include "ladder-profile-property.h"
#include "ladder-radar.h"
#include "ladder-style.h"

struct _LadderRadar
{
  GtkWidget parent_instance;

  LadderProfile *profile;
  GSignalGroup *profile_signals;
  char *summary;
  char *then_date;  /* a day of the history drawn against now ("2026-03-01"), or NULL */
  JsonObject *then; /* that day's levels */
  GArray *axes;     /* Axis, counted when the profile changes */
  gboolean by_skill;
};

typedef struct
{
  const char *title; /* the framework's or the profile's, which outlive the axes */
  double now;
  double aim;
  double then;
  gboolean known;    /* whether the history's day has a level for it */
} Axis;

G_DEFINE_FINAL_TYPE (LadderRadar, ladder_radar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROFILE,
  PROP_SUMMARY,
  PROP_CAPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
polygon (cairo_t *cr,
         double   cx,
         double   cy,
         double  *values,
         guint    n,
         double   radius)
{
  for (guint i = 0; i <= n; i++)
    {
      double angle = -G_PI / 2 + 2 * G_PI * (i % n) / n;
      double r = radius * values[i % n] / LADDER_LEVEL_MAX;

      if (i == 0)
        cairo_move_to (cr, cx + r * cos (angle), cy + r * sin (angle));
      else
        cairo_line_to (cr, cx + r * cos (angle), cy + r * sin (angle));
    }
  cairo_close_path (cr);
}

/* Fewer than three axes make no polygon: a bar each, now filled and the aim as a dashed mark. */
static void
draw_bars (LadderRadar *self,
           GtkSnapshot *snapshot,
           int          width,
           int          height,
           GdkRGBA     *fg,
           GdkRGBA     *accent,
           GdkRGBA     *success)
{
  double scale = ladder_style_text_scale (GTK_WIDGET (self));
  double top = 24 * scale, bar = 14 * scale, gap = 40 * scale, left = 12, right = width - 12;
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  for (guint i = 0; i < self->axes->len && right > left + 20; i++)
    {
      const Axis *axis = &g_array_index (self->axes, Axis, i);
      g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (GTK_WIDGET (self),
                                                                       axis->title);
      double y = top + i * (bar + gap);
      double span = right - left;

      pango_layout_set_width (layout, (int) span * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      gdk_cairo_set_source_rgba (cr, fg);
      cairo_move_to (cr, left, y - 20 * scale);
      pango_cairo_show_layout (cr, layout);
      cairo_set_source_rgba (cr, fg->red, fg->green, fg->blue, 0.15);
      cairo_rectangle (cr, left, y, span, bar);
      cairo_fill (cr);
      cairo_set_source_rgba (cr, accent->red, accent->green, accent->blue, 0.6);
      cairo_rectangle (cr, left, y, span * axis->now / LADDER_LEVEL_MAX, bar);
      cairo_fill (cr);
      gdk_cairo_set_source_rgba (cr, success);
      cairo_set_line_width (cr, 3);
      cairo_move_to (cr, left + span * axis->aim / LADDER_LEVEL_MAX, y - 3);
      cairo_line_to (cr, left + span * axis->aim / LADDER_LEVEL_MAX, y + bar + 3);
      cairo_stroke (cr);
    }
  cairo_destroy (cr);
}

static void
ladder_radar_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  LadderRadar *self = LADDER_RADAR (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  guint n = self->axes->len;
  double radius = MIN (width, height) / 2.0 - 70 * ladder_style_text_scale (widget);
  double cx = width / 2.0, cy = height / 2.0;
  g_autofree double *current = g_new0 (double, MAX (n, 1));
  g_autofree double *toward = g_new0 (double, MAX (n, 1));
  g_autofree double *then = g_new0 (double, MAX (n, 1));
  GdkRGBA fg, accent, success;
  double dashes[] = { 5, 4 };
  cairo_t *cr;

  if (self->profile == NULL || radius < 20 || n == 0)
    return;
  fg = ladder_style_color (widget, NULL);
  accent = ladder_style_color (widget, "accent_color");
  success = ladder_style_color (widget, "success_color");
  if (n < 3)
    {
      draw_bars (self, snapshot, width, height, &fg, &accent, &success);
      return;
    }

  for (guint i = 0; i < n; i++)
    {
      const Axis *axis = &g_array_index (self->axes, Axis, i);

      current[i] = axis->now;
      toward[i] = axis->aim;
      then[i] = axis->then;
    }

  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  cairo_set_line_width (cr, 1);
  cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.15);
  for (int level = 1; level <= LADDER_LEVEL_MAX; level++)
    {
      g_autofree double *ring = g_new (double, n);

      for (guint i = 0; i < n; i++)
        ring[i] = level;
      polygon (cr, cx, cy, ring, n, radius);
      cairo_stroke (cr);
    }

  if (self->then != NULL)
    {
      /* Then, under now: a thin line in the text's colour, dotted. */
      double dots[] = { 2, 3 };

      polygon (cr, cx, cy, then, n, radius);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.75);
      cairo_set_line_width (cr, 1.5);
      cairo_set_dash (cr, dots, 2, 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }

  polygon (cr, cx, cy, current, n, radius);
  cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 0.3);
  cairo_fill_preserve (cr);
  gdk_cairo_set_source_rgba (cr, &accent);
  cairo_set_line_width (cr, 2);
  cairo_stroke (cr);

  polygon (cr, cx, cy, toward, n, radius);
  gdk_cairo_set_source_rgba (cr, &success);
  cairo_set_dash (cr, dashes, 2, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  for (guint i = 0; i < n; i++)
    {
      double angle = -G_PI / 2 + 2 * G_PI * i / n;
      g_autoptr (PangoLayout) layout =
        gtk_widget_create_pango_layout (widget, g_array_index (self->axes, Axis, i).title);
      PangoRectangle logical;
      int lw, lh;
      double x, y;

      pango_layout_set_width (layout, (int) (92 * ladder_style_text_scale (widget)) * PANGO_SCALE);
      /* Between words only: "communica-tion" split across lines reads badly in any language. */
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
      pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
      /* A word wider than the line sticks out on both sides of a centred line: where the text
       * starts is the logical extents' x, which is then below zero. */
      pango_layout_get_pixel_extents (layout, NULL, &logical);
      lw = logical.width;
      lh = logical.height;
      x = cx + (radius + 10) * cos (angle);
      y = cy + (radius + 10) * sin (angle);
      x = cos (angle) > 0.2 ? x : cos (angle) < -0.2 ? x - lw : x - lw / 2.0;
      y = sin (angle) < -0.5 ? y - lh : sin (angle) > 0.5 ? y : y - lh / 2.0;
      x = CLAMP (x, 2, width - lw - 2);
      gdk_cairo_set_source_rgba (cr, &fg);
      cairo_move_to (cr, x - logical.x, y - logical.y);
      pango_cairo_show_layout (cr, layout);
    }
  cairo_destroy (cr);
}

/* The axes: one per skill group; with fewer than three groups (a company's ladder often has one),
 * one per visible skill when there are three to twelve of them. */
static void
compute_axes (LadderRadar *self)
{
  LadderFramework *framework = ladder_profile_get_framework (self->profile);
  guint n_groups = ladder_framework_get_n_groups (framework);
  guint n_visible = 0;

  g_array_set_size (self->axes, 0);
  for (guint i = 0; i < ladder_profile_get_n_skills (self->profile); i++)
    n_visible += !ladder_profile_get_skill (self->profile, i)->hidden;
  self->by_skill = n_groups < 3 && n_visible >= 3 && n_visible <= 12;

  if (self->by_skill)
    for (guint i = 0; i < ladder_profile_get_n_skills (self->profile); i++)
      {
        const LadderProfileSkill *own = ladder_profile_get_skill (self->profile, i);
        int level = self->then != NULL ? ladder_profile_history_level (self->then, own->id) : -1;
        Axis axis = { (char *) ladder_profile_get_skill_title (self->profile, own->id),
                      own->current,
                      ladder_planner_target_level (framework, self->profile, own->id),
                      MAX (level, 0), level >= 0 };

        if (!own->hidden)
          g_array_append_val (self->axes, axis);
      }
  else
    for (guint i = 0; i < n_groups; i++)
      {
        const LadderSkillGroup *group = ladder_framework_get_group (framework, i);
        Axis axis = { group->title,
                      ladder_skill_group_average (framework, self->profile, group->id, FALSE),
                      ladder_skill_group_average (framework, self->profile, group->id, TRUE),
                      0, FALSE };

        if (self->then != NULL)
          axis.then = ladder_skill_group_average_then (framework, self->profile, group->id,
                                                       self->then, &axis.known);
        g_array_append_val (self->axes, axis);
      }
}

static void
refresh (LadderRadar *self)
{
  GString *summary = g_string_new (NULL);

  g_array_set_size (self->axes, 0);
  if (self->profile != NULL)
    compute_axes (self);
  for (guint i = 0; i < self->axes->len; i++)
    {
      const Axis *axis = &g_array_index (self->axes, Axis, i);
      g_autofree char *now = ladder_format_decimal (axis->now);
      g_autofree char *aim = ladder_format_decimal (axis->aim);

      /* Translators: one group in the radar's text alternative: "AI: now 1.5, aim 3.0" */
      g_string_append_printf (summary, _("%s: now %s, aim %s"), axis->title, now, aim);
      if (self->then != NULL && axis->known)
        {
          g_autofree char *day = ladder_format_day (self->then_date);
          g_autofree char *before = ladder_format_decimal (axis->then);

          /* Translators: after "AI: now 1.5, aim 3.0" when the radar shows a day of the
           * history: "; on 1 March 2026: 1.0" */
          g_string_append_printf (summary, _("; on %s: %s"), day, before);
        }
      g_string_append (summary, "\n");
    }
  g_free (self->summary);
  self->summary = g_string_free (summary, FALSE);
  g_strchomp (self->summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  self->summary, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUMMARY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAPTION]);
}

const char *
ladder_radar_get_caption (LadderRadar *self)
{
  g_return_val_if_fail (LADDER_IS_RADAR (self), NULL);

  if (self->axes->len > 0 && self->axes->len < 3)
    return _("The bar: your current level. The mark: the level your plan works toward. Each "
             "bar is a skill group’s average.");
  if (self->by_skill)
    return _("Filled: your current level. Dashed: the level your plan works toward. Dotted, "
             "when you choose a day above: your levels then. Each point is a skill.");
  return _("Filled: your current level. Dashed: the level your plan works toward. Dotted, when "
           "you choose a day above: your levels then. Each point is a skill group’s average.");
}

void
ladder_radar_set_profile (LadderRadar   *self,
                          LadderProfile *profile)
{
  g_return_if_fail (LADDER_IS_RADAR (self));
  g_return_if_fail (profile == NULL || LADDER_IS_PROFILE (profile));

  if (self->profile == profile)
    return;
  g_set_object (&self->profile, profile);
  g_signal_group_set_target (self->profile_signals, profile);
  g_clear_pointer (&self->then, json_object_unref);
  g_clear_pointer (&self->then_date, g_free);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
}

/**
 * ladder_radar_set_then:
 * @date: (nullable): a day of the profile's rating history, or %NULL for now only
 *
 * Draws the levels of that day under now's, and says them in the text alternative.
 */
void
ladder_radar_set_then (LadderRadar *self,
                       const char  *date)
{
  g_return_if_fail (LADDER_IS_RADAR (self));

  g_clear_pointer (&self->then, json_object_unref);
  g_clear_pointer (&self->then_date, g_free);
  for (guint i = 0; self->profile != NULL && date != NULL &&
                    i < ladder_profile_get_n_history (self->profile); i++)
    {
      const char *day;
      JsonObject *levels;

      if (ladder_profile_get_history_entry (self->profile, i, &day, &levels) &&
          g_str_equal (day, date))
        {
          g_clear_pointer (&self->then, json_object_unref);
          g_free (self->then_date);
          self->then = json_object_ref (levels);
          self->then_date = g_strdup (date);
        }
    }
  refresh (self);
}

const char *
ladder_radar_get_summary (LadderRadar *self)
{
  g_return_val_if_fail (LADDER_IS_RADAR (self), NULL);
  return self->summary;
}

static void
ladder_radar_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  *minimum = (int) (220 * ladder_style_text_scale (widget));
  *natural = (int) (280 * ladder_style_text_scale (widget));
}

static void
ladder_radar_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  LadderRadar *self = LADDER_RADAR (object);

  switch (prop_id)
    {
    case PROP_PROFILE: g_value_set_object (value, self->profile); break;
    case PROP_SUMMARY: g_value_set_string (value, self->summary); break;
    case PROP_CAPTION: g_value_set_string (value, ladder_radar_get_caption (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_radar_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  LadderRadar *self = LADDER_RADAR (object);

  switch (prop_id)
    {
    case PROP_PROFILE: ladder_radar_set_profile (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_radar_dispose (GObject *object)
{
  LadderRadar *self = LADDER_RADAR (object);

  g_clear_object (&self->profile_signals);
  g_clear_object (&self->profile);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->then_date, g_free);
  g_clear_pointer (&self->then, json_object_unref);
  g_clear_pointer (&self->axes, g_array_unref);
  G_OBJECT_CLASS (ladder_radar_parent_class)->dispose (object);
}

static void
ladder_radar_class_init (LadderRadarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_radar_dispose;
  object_class->get_property = ladder_radar_get_property;
  object_class->set_property = ladder_radar_set_property;
  properties[PROP_PROFILE] = ladder_profile_param_spec ();
  /* The text alternative: each skill group's average now and aimed at (and then). */
  properties[PROP_SUMMARY] = g_param_spec_string ("summary", NULL, NULL, NULL,
                                                  G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                  G_PARAM_STATIC_STRINGS);
  /* How to read the chart, which depends on what its axes are. */
  properties[PROP_CAPTION] = g_param_spec_string ("caption", NULL, NULL, NULL,
                                                  G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                  G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  widget_class->snapshot = ladder_radar_snapshot;
  widget_class->measure = ladder_radar_measure;
  gtk_widget_class_set_css_name (widget_class, "radar");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ladder_radar_init (LadderRadar *self)
{
  self->axes = g_array_new (FALSE, TRUE, sizeof (Axis));
  self->profile_signals = g_signal_group_new (LADDER_TYPE_PROFILE);
  g_signal_group_connect_object (self->profile_signals, "changed", G_CALLBACK (refresh), self,
                                 G_CONNECT_SWAPPED);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Skills radar: current level and the level the plan works "
                                    "toward, per skill group"),
                                  -1);
}

GtkWidget *
ladder_radar_new (void)
{
  return g_object_new (LADDER_TYPE_RADAR, NULL);
}
