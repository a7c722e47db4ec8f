/* SPDX-License-Identifier: GPL-3.0-or-later
 * The rating history of one skill, or the average of all current levels, from the profile's
 * snapshots: a step line over time on a 0–5 scale, in the style's colours (dark and high
 * contrast included). Its accessible description says the same in words. */
#define G_LOG_DOMAIN "ladder-history-chart"

#include "config.h"

#include "ladder-i18n.h"

#include "core/ladder-format.h"
#include "ladder-history-chart.h"
#include "ladder-style.h"

struct _LadderHistoryChart
{
  GtkWidget parent_instance;

  GArray *points; /* LadderHistoryPoint */

  /* The last drawing, kept while the points, the size and the colours stay: a later visit to
   * the view hands the renderer the same node, which it does not draw again. */
  GskRenderNode *drawn;
  int drawn_width, drawn_height;
  GdkRGBA drawn_fg, drawn_accent;
};

G_DEFINE_FINAL_TYPE (LadderHistoryChart, ladder_history_chart, GTK_TYPE_WIDGET)

#define LEFT 28.0
#define BOTTOM 22.0
#define TOP 8.0
/* Points said one by one in the chart's description; beyond, a summary. */
#define WORDS_POINTS 12

static void
clear_point (gpointer data)
{
  LadderHistoryPoint *point = data;

  g_free (point->date);
}

static void
draw (LadderHistoryChart *self,
      GtkSnapshot        *snapshot,
      double              width,
      double              height,
      const GdkRGBA      *fg_color,
      const GdkRGBA      *accent_color)
{
  GtkWidget *widget = GTK_WIDGET (self);
  double plot_w = width - LEFT - 8, plot_h = height - TOP - BOTTOM;
  GdkRGBA fg = *fg_color, accent = *accent_color;
  double span;
  cairo_t *cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));

  /* Levels 0–5: faint lines and their numbers. */
  cairo_set_line_width (cr, 1);
  for (int level = 0; level <= 5; level++)
    {
      double y = TOP + plot_h * (1 - level / 5.0);
      char label[4];
      g_autoptr (PangoLayout) layout = NULL;

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.15);
      cairo_move_to (cr, LEFT, y + 0.5);
      cairo_line_to (cr, LEFT + plot_w, y + 0.5);
      cairo_stroke (cr);
      g_snprintf (label, sizeof label, "%d", level);
      layout = gtk_widget_create_pango_layout (widget, label);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.7);
      cairo_move_to (cr, 8, y - 8);
      pango_cairo_show_layout (cr, layout);
    }

  if (self->points->len > 0)
    {
      const LadderHistoryPoint *first = &g_array_index (self->points, LadderHistoryPoint, 0);
      const LadderHistoryPoint *last = &g_array_index (self->points, LadderHistoryPoint,
                                                       self->points->len - 1);

      span = MAX (1, last->day);
      /* A step line: a rating holds until the next one. */
      cairo_set_source_rgba (cr, accent.red, accent.green, accent.blue, 1);
      cairo_set_line_width (cr, 2.5);
      for (guint i = 0; i < self->points->len; i++)
        {
          const LadderHistoryPoint *point = &g_array_index (self->points, LadderHistoryPoint, i);
          double x = LEFT + plot_w * (self->points->len == 1 ? 0.5 : point->day / span);
          double y = TOP + plot_h * (1 - point->level / 5.0);

          if (i == 0)
            cairo_move_to (cr, x, y);
          else
            {
              double px, py;

              cairo_get_current_point (cr, &px, &py);
              cairo_line_to (cr, x, py);
              cairo_line_to (cr, x, y);
            }
        }
      cairo_stroke (cr);
      for (guint i = 0; i < self->points->len; i++)
        {
          const LadderHistoryPoint *point = &g_array_index (self->points, LadderHistoryPoint, i);
          double x = LEFT + plot_w * (self->points->len == 1 ? 0.5 : point->day / span);
          double y = TOP + plot_h * (1 - point->level / 5.0);

          cairo_arc (cr, x, y, 4, 0, 2 * G_PI);
          cairo_fill (cr);
        }
      /* The first and the last day, under the axis. */
      {
        g_autofree char *from = ladder_format_day (first->date);
        g_autofree char *to = ladder_format_day (last->date);
        g_autoptr (PangoLayout) left = gtk_widget_create_pango_layout (widget, from);
        g_autoptr (PangoLayout) right = gtk_widget_create_pango_layout (widget, to);
        int lw, lh;

        cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.7);
        cairo_move_to (cr, LEFT, TOP + plot_h + 4);
        pango_cairo_show_layout (cr, left);
        if (self->points->len > 1)
          {
            pango_layout_get_pixel_size (right, &lw, &lh);
            cairo_move_to (cr, LEFT + plot_w - lw, TOP + plot_h + 4);
            pango_cairo_show_layout (cr, right);
          }
      }
    }
  cairo_destroy (cr);
}

static void
ladder_history_chart_snapshot (GtkWidget   *widget,
                               GtkSnapshot *snapshot)
{
  LadderHistoryChart *self = LADDER_HISTORY_CHART (widget);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  GdkRGBA fg = ladder_style_color (widget, "theme_fg_color");
  GdkRGBA accent, accent_fg;

  if (width - LEFT - 8 <= 0 || height - TOP - BOTTOM <= 0)
    return;
  ladder_style_accent (widget, &accent, &accent_fg);
  if (self->drawn == NULL || self->drawn_width != width || self->drawn_height != height ||
      !gdk_rgba_equal (&self->drawn_fg, &fg) || !gdk_rgba_equal (&self->drawn_accent, &accent))
    {
      GtkSnapshot *own = gtk_snapshot_new ();

      draw (self, own, width, height, &fg, &accent);
      g_clear_pointer (&self->drawn, gsk_render_node_unref);
      self->drawn = gtk_snapshot_free_to_node (own);
      self->drawn_width = width;
      self->drawn_height = height;
      self->drawn_fg = fg;
      self->drawn_accent = accent;
    }
  if (self->drawn != NULL)
    gtk_snapshot_append_node (snapshot, self->drawn);
}

static void
ladder_history_chart_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 200 : 160;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 600 : 180;
}

static void
ladder_history_chart_finalize (GObject *object)
{
  LadderHistoryChart *self = LADDER_HISTORY_CHART (object);

  g_array_unref (self->points);
  g_clear_pointer (&self->drawn, gsk_render_node_unref);
  G_OBJECT_CLASS (ladder_history_chart_parent_class)->finalize (object);
}

static void
ladder_history_chart_class_init (LadderHistoryChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ladder_history_chart_finalize;
  widget_class->snapshot = ladder_history_chart_snapshot;
  widget_class->measure = ladder_history_chart_measure;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
ladder_history_chart_init (LadderHistoryChart *self)
{
  self->points = g_array_new (FALSE, TRUE, sizeof (LadderHistoryPoint));
  g_array_set_clear_func (self->points, clear_point);
}

GtkWidget *
ladder_history_chart_new (void)
{
  return g_object_new (LADDER_TYPE_HISTORY_CHART, NULL);
}

/* A snapshot's level of @skill, or the average over all its skills for %NULL; FALSE when the
 * snapshot does not have it. */
static gboolean
snapshot_level (JsonObject *levels,
                const char *skill,
                double     *level)
{
  if (levels == NULL)
    return FALSE;
  if (skill != NULL)
    {
      int found = ladder_profile_history_level (levels, skill);

      *level = MAX (found, 0);
      return found >= 0;
    }
  {
    GList *values = json_object_get_values (levels);
    double sum = 0;
    guint n = 0;

    for (GList *l = values; l != NULL; l = l->next)
      if (JSON_NODE_HOLDS_VALUE (l->data))
        {
          sum += CLAMP (json_node_get_int (l->data), 0, 5);
          n++;
        }
    g_list_free (values);
    *level = n > 0 ? sum / n : 0;
    return n > 0;
  }
}

/**
 * ladder_history_chart_show:
 * @skill: (nullable): a skill's id, or %NULL for the average of all current levels
 *
 * Draws the history of @profile for @skill, and says it in words for assistive technologies.
 */
void
ladder_history_chart_show (LadderHistoryChart *self,
                           LadderProfile      *profile,
                           const char         *skill)
{
  g_autoptr (GString) words = g_string_new (NULL);
  int first_julian = 0;

  g_return_if_fail (LADDER_IS_HISTORY_CHART (self));

  g_array_set_size (self->points, 0);
  g_clear_pointer (&self->drawn, gsk_render_node_unref);
  for (guint i = 0; profile != NULL && i < ladder_profile_get_n_history (profile); i++)
    {
      const char *date;
      JsonObject *levels;
      LadderHistoryPoint point = { 0 };
      GDate day;

      if (!ladder_profile_get_history_entry (profile, i, &date, &levels) ||
          !ladder_format_parse_day (date, &day) || !snapshot_level (levels, skill, &point.level))
        continue;
      if (self->points->len == 0)
        first_julian = (int) g_date_get_julian (&day);
      point.day = (int) g_date_get_julian (&day) - first_julian;
      point.date = g_strdup (date);
      point.entry = i;
      g_array_append_val (self->points, point);
    }

  if (self->points->len > WORDS_POINTS)
    {
      /* Hundreds of days are not read out one by one: where it started, where it is, and the
       * table beside the chart for every day. */
      const LadderHistoryPoint *first = &g_array_index (self->points, LadderHistoryPoint, 0);
      const LadderHistoryPoint *last = &g_array_index (self->points, LadderHistoryPoint,
                                                       self->points->len - 1);
      g_autofree char *from_day = ladder_format_day (first->date);
      g_autofree char *to_day = ladder_format_day (last->date);
      g_autofree char *from = ladder_format_decimal (first->level);
      g_autofree char *to = ladder_format_decimal (last->level);
      guint n = self->points->len;

      /* Translators: the ratings chart in words when it has many days: the first level and its
       * day, the last and its day, and how many days have a rating; “Show as Table” is the
       * button beside the chart */
      g_string_printf (words, dngettext (GETTEXT_PACKAGE,
                                         "From %1$s on %2$s to %3$s on %4$s, %5$u day rated; "
                                         "Show as Table lists each",
                                         "From %1$s on %2$s to %3$s on %4$s, %5$u days rated; "
                                         "Show as Table lists each", n),
                       from, from_day, to, to_day, n);
    }
  for (guint i = 0; self->points->len <= WORDS_POINTS && i < self->points->len; i++)
    {
      const LadderHistoryPoint *point = &g_array_index (self->points, LadderHistoryPoint, i);
      g_autofree char *day = ladder_format_day (point->date);
      g_autofree char *level = ladder_format_decimal (point->level);

      /* Translators: one point of the rating history, said by a screen reader: "1 March 2027:
       * 2.5"; the points are joined with "; " */
      g_string_append_printf (words, _("%s: %s"), day, level);
      if (i + 1 < self->points->len)
        g_string_append (words, C_("list separator", "; "));
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  words->len > 0 ? words->str
                                                 : _("No ratings recorded yet"), -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
ladder_history_chart_get_n_points (LadderHistoryChart *self)
{
  g_return_val_if_fail (LADDER_IS_HISTORY_CHART (self), 0);
  return self->points->len;
}

const LadderHistoryPoint *
ladder_history_chart_get_point (LadderHistoryChart *self,
                                guint               index)
{
  g_return_val_if_fail (LADDER_IS_HISTORY_CHART (self), NULL);
  g_return_val_if_fail (index < self->points->len, NULL);
  return &g_array_index (self->points, LadderHistoryPoint, index);
}
