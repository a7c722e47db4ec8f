/* SPDX-License-Identifier: GPL-3.0-or-later
 * Both tracks as ladders: rails drawn with GtkSnapshot, each rung a focusable tile, the path from
 * the current to the target rung drawn between them. Arrow keys move between rungs. */
#define G_LOG_DOMAIN "ladder-ladder-chart"

#include "config.h"

#include "ladder-i18n.h"

#include "core/ladder-readiness.h"
#include "ladder-profile-property.h"
#include "ladder-ladder-chart.h"
#include "ladder-style.h"

#include <math.h>

#define ROW_GAP 14
#define COLUMN_GAP 28
#define RAIL_INSET 14
#define HEADER_GAP 12

struct _LadderLadderChart
{
  GtkWidget parent_instance;

  LadderProfile *profile;
  LadderFramework *framework; /* the one the tiles were made for */
  guint n_rows;               /* seniorities, from the framework */
  GSignalGroup *profile_signals;
  GPtrArray *headers; /* GtkLabel, one per track */
  GPtrArray *tiles;   /* LadderRungTile */
  LadderRungTile *selected;
};

G_DEFINE_FINAL_TYPE (LadderLadderChart, ladder_ladder_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROFILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SELECTION_CHANGED,
  RUNG_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
track_index (LadderLadderChart *self,
             const LadderRung  *rung)
{
  for (guint t = 0; t < ladder_framework_get_n_tracks (self->framework); t++)
    if (g_str_equal (ladder_framework_get_track (self->framework, t)->id, rung->track))
      return t;
  g_assert_not_reached ();
}

static void
select_tile (LadderLadderChart *self,
             LadderRungTile    *tile,
             gboolean           grab_focus)
{
  if (grab_focus)
    gtk_widget_grab_focus (GTK_WIDGET (tile));
  if (self->selected == tile)
    return;
  if (self->selected != NULL)
    ladder_rung_tile_set_selected (self->selected, FALSE);
  self->selected = tile;
  ladder_rung_tile_set_selected (tile, TRUE);
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

/* A click, Enter or Space on a rung: it is selected, and whoever shows its words is asked to
 * show them (on a narrow window they are on a page of their own). */
static void
on_tile_clicked_cb (LadderRungTile    *tile,
                    LadderLadderChart *self)
{
  select_tile (self, tile, FALSE);
  g_signal_emit (self, signals[RUNG_ACTIVATED], 0);
}

/* Selection follows the keyboard focus, so Tab works as well as the arrows. */
static void
on_tile_focus_cb (LadderRungTile    *tile,
                  GParamSpec        *pspec,
                  LadderLadderChart *self)
{
  if (gtk_widget_has_focus (GTK_WIDGET (tile)))
    select_tile (self, tile, FALSE);
}

/* The rung a step away from the selected one: up and down within its track, left and right to
 * the rung of the other track at the nearest seniority. */
static LadderRungTile *
neighbour (LadderLadderChart *self,
           int                d_column,
           int                d_seniority)
{
  const LadderRung *from = ladder_rung_tile_get_rung (self->selected);
  int column = (int) track_index (self, from) + d_column;
  int seniority = (int) from->seniority + d_seniority;
  LadderRungTile *best = NULL;
  int best_distance = G_MAXINT;

  for (guint i = 0; i < self->tiles->len; i++)
    {
      LadderRungTile *tile = g_ptr_array_index (self->tiles, i);
      const LadderRung *rung = ladder_rung_tile_get_rung (tile);
      int distance = ABS ((int) rung->seniority - seniority);

      if ((int) track_index (self, rung) != column)
        continue;
      if (d_seniority != 0 && distance != 0)
        continue;
      if (distance < best_distance)
        {
          best = tile;
          best_distance = distance;
        }
    }
  return best;
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   LadderLadderChart     *self)
{
  LadderRungTile *next = NULL;
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;

  if (self->selected == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      next = neighbour (self, 0, 1);
      break;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      next = neighbour (self, 0, -1);
      break;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      next = neighbour (self, rtl ? 1 : -1, 0);
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      next = neighbour (self, rtl ? -1 : 1, 0);
      break;
    default:
      return GDK_EVENT_PROPAGATE;
    }
  if (next != NULL)
    select_tile (self, next, TRUE);
  return GDK_EVENT_STOP;
}

/* The ladder is one Tab stop that lands on the selected rung; arrows move within it. */
static gboolean
ladder_ladder_chart_focus (GtkWidget        *widget,
                           GtkDirectionType  direction)
{
  LadderLadderChart *self = LADDER_LADDER_CHART (widget);

  if (gtk_widget_get_focus_child (widget) != NULL || self->selected == NULL)
    return FALSE;
  return gtk_widget_grab_focus (GTK_WIDGET (self->selected));
}

/* The largest minimum and natural size among @widgets. */
static void
measure_largest (GPtrArray      *widgets,
                 GtkOrientation  orientation,
                 int             for_size,
                 int            *minimum,
                 int            *natural)
{
  *minimum = *natural = 0;
  for (guint i = 0; i < widgets->len; i++)
    {
      int min, nat;

      gtk_widget_measure (g_ptr_array_index (widgets, i), orientation, for_size, &min, &nat,
                          NULL, NULL);
      *minimum = MAX (*minimum, min);
      *natural = MAX (*natural, nat);
    }
}

static void
ladder_ladder_chart_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  LadderLadderChart *self = LADDER_LADDER_CHART (widget);
  int tile_min = 0, tile_nat = 0, header_min = 0, header_nat = 0;
  int n_columns = MAX (1, (int) self->headers->len);
  int n_rows = MAX (1, (int) self->n_rows);

  measure_largest (self->tiles, orientation, -1, &tile_min, &tile_nat);
  measure_largest (self->headers, orientation, -1, &header_min, &header_nat);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = n_columns * MAX (tile_min, header_min) + (n_columns - 1) * COLUMN_GAP;
      *natural = n_columns * MAX (MAX (tile_nat, header_nat), 260) + (n_columns - 1) * COLUMN_GAP;
    }
  else
    {
      *minimum = header_min + HEADER_GAP + n_rows * tile_min + (n_rows - 1) * ROW_GAP;
      *natural = header_nat + HEADER_GAP + n_rows * MAX (tile_nat, 96) + (n_rows - 1) * ROW_GAP;
    }
}

static void
tile_rect (LadderLadderChart *self,
           const LadderRung  *rung,
           int                width,
           int                height,
           graphene_rect_t   *rect)
{
  int n_columns = MAX (1, (int) self->headers->len);
  int header = 0;
  float column_width = (width - (n_columns - 1) * COLUMN_GAP) / (float) n_columns;
  float row_height;
  int column = track_index (self, rung);
  int n_rows = MAX (1, (int) self->n_rows);
  int header_min;

  measure_largest (self->headers, GTK_ORIENTATION_VERTICAL, (int) column_width, &header_min,
                   &header);
  row_height = (height - header - HEADER_GAP - (n_rows - 1) * ROW_GAP) / (float) n_rows;

  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    column = n_columns - 1 - column;
  graphene_rect_init (rect, column * (column_width + COLUMN_GAP),
                      header + HEADER_GAP + (n_rows - 1 - (int) rung->seniority) *
                      (row_height + ROW_GAP),
                      column_width, row_height);
}

static void
ladder_ladder_chart_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  LadderLadderChart *self = LADDER_LADDER_CHART (widget);
  int n_columns = MAX (1, (int) self->headers->len);
  int column_width = (width - (n_columns - 1) * COLUMN_GAP) / n_columns;
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

  for (guint i = 0; i < self->headers->len; i++)
    {
      GtkWidget *header = g_ptr_array_index (self->headers, i);
      int column = rtl ? n_columns - 1 - (int) i : (int) i;
      int min, nat;

      gtk_widget_measure (header, GTK_ORIENTATION_VERTICAL, column_width, &min, &nat, NULL, NULL);
      gtk_widget_size_allocate (header,
                                &(GtkAllocation) { column * (column_width + COLUMN_GAP), 0,
                                                   column_width, nat },
                                -1);
    }
  for (guint i = 0; i < self->tiles->len; i++)
    {
      LadderRungTile *tile = g_ptr_array_index (self->tiles, i);
      graphene_rect_t rect;

      tile_rect (self, ladder_rung_tile_get_rung (tile), width, height, &rect);
      gtk_widget_size_allocate (GTK_WIDGET (tile),
                                &(GtkAllocation) { rect.origin.x, rect.origin.y,
                                                   rect.size.width, rect.size.height },
                                -1);
    }
}

static LadderRungTile *
find_tile (LadderLadderChart *self,
           const char        *track,
           const char        *rung)
{
  for (guint i = 0; self->tiles != NULL && i < self->tiles->len; i++)
    {
      LadderRungTile *tile = g_ptr_array_index (self->tiles, i);
      const LadderRung *r = ladder_rung_tile_get_rung (tile);

      if (g_strcmp0 (r->track, track) == 0 && g_strcmp0 (r->id, rung) == 0)
        return tile;
    }
  return NULL;
}

static void
ladder_ladder_chart_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  LadderLadderChart *self = LADDER_LADDER_CHART (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  LadderFramework *framework = self->framework;
  GdkRGBA color, accent, background, rail;

  if (framework == NULL)
    return;

  color = ladder_style_color (widget, NULL);
  accent = ladder_style_color (widget, "accent_color");

  /* Plain colour nodes, no cairo: a cairo node costs a texture upload on every frame. */
  rail = color;
  rail.alpha = 0.22;

  /* The rails of each ladder, from its lowest to its highest rung. */
  for (guint t = 0; t < ladder_framework_get_n_tracks (framework); t++)
    {
      const LadderTrack *track = ladder_framework_get_track (framework, t);
      graphene_rect_t low, high;

      if (track->n_rungs == 0)
        continue;
      tile_rect (self, &track->rungs[0], width, height, &low);
      tile_rect (self, &track->rungs[track->n_rungs - 1], width, height, &high);
      for (int side = 0; side < 2; side++)
        {
          double x = side == 0 ? low.origin.x + RAIL_INSET
                               : low.origin.x + low.size.width - RAIL_INSET;
          double top = high.origin.y - HEADER_GAP / 2.0;
          double bottom = low.origin.y + low.size.height + 4;

          gtk_snapshot_append_color (snapshot, &rail,
                                     &GRAPHENE_RECT_INIT (x - 2.5, top, 5, bottom - top));
        }
    }

  /* The way from the current rung to the target, dashed, behind the tiles. */
  if (self->profile != NULL)
    {
      LadderRungTile *from = find_tile (self, ladder_profile_get_track (self->profile),
                                        ladder_profile_get_rung (self->profile));
      LadderRungTile *to = find_tile (self, ladder_profile_get_target_track (self->profile),
                                      ladder_profile_get_target_rung (self->profile));

      if (from != NULL && to != NULL && from != to)
        {
          graphene_rect_t a, b;
          double ax, ay, bx, by, length, angle;

          tile_rect (self, ladder_rung_tile_get_rung (from), width, height, &a);
          tile_rect (self, ladder_rung_tile_get_rung (to), width, height, &b);
          ax = a.origin.x + a.size.width / 2;
          ay = a.origin.y + a.size.height / 2;
          bx = b.origin.x + b.size.width / 2;
          by = b.origin.y + b.size.height / 2;
          length = sqrt ((bx - ax) * (bx - ax) + (by - ay) * (by - ay));
          angle = atan2 (by - ay, bx - ax) * 180 / G_PI;
          accent.alpha = 0.9;
          gtk_snapshot_save (snapshot);
          gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (ax, ay));
          gtk_snapshot_rotate (snapshot, angle);
          for (double d = 0; d < length; d += 12)
            gtk_snapshot_append_color (snapshot, &accent,
                                       &GRAPHENE_RECT_INIT (d, -1.5, MIN (6, length - d), 3));
          gtk_snapshot_restore (snapshot);
        }
    }

  /* Cards are translucent in the dark style: back each tile so the rails do not show through. */
  background = ladder_style_color (widget, "window_bg_color");
  for (guint i = 0; i < self->tiles->len; i++)
    {
      graphene_rect_t rect;
      GskRoundedRect rounded;

      tile_rect (self, ladder_rung_tile_get_rung (g_ptr_array_index (self->tiles, i)), width,
                 height, &rect);
      gsk_rounded_rect_init_from_rect (&rounded, &rect, 12);
      gtk_snapshot_push_rounded_clip (snapshot, &rounded);
      gtk_snapshot_append_color (snapshot, &background, &rect);
      gtk_snapshot_pop (snapshot);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_widget_snapshot_child (widget, child, snapshot);
}

static void build (LadderLadderChart *self);

static void
refresh (LadderLadderChart *self)
{
  LadderFramework *framework;

  if (self->profile == NULL)
    return;
  framework = ladder_profile_get_framework (self->profile);
  if (framework != self->framework)
    build (self);

  for (guint i = 0; i < self->tiles->len; i++)
    {
      LadderRungTile *tile = g_ptr_array_index (self->tiles, i);
      const LadderRung *rung = ladder_rung_tile_get_rung (tile);
      g_autoptr (LadderReadiness) readiness = NULL;
      g_autofree char *reason = NULL;

      if (self->profile == NULL)
        continue;
      readiness = ladder_readiness_compute (framework, self->profile, rung);
      reason = ladder_readiness_describe (readiness);
      ladder_rung_tile_update (
        tile, readiness->percent, reason,
        g_strcmp0 (ladder_profile_get_track (self->profile), rung->track) == 0 &&
          g_strcmp0 (ladder_profile_get_rung (self->profile), rung->id) == 0,
        g_strcmp0 (ladder_profile_get_target_track (self->profile), rung->track) == 0 &&
          g_strcmp0 (ladder_profile_get_target_rung (self->profile), rung->id) == 0);
    }
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
ladder_ladder_chart_set_profile (LadderLadderChart *self,
                                 LadderProfile     *profile)
{
  g_return_if_fail (LADDER_IS_LADDER_CHART (self));

  g_return_if_fail (profile == NULL || LADDER_IS_PROFILE (profile));

  if (self->profile == profile)
    return;
  g_set_object (&self->profile, profile);
  g_signal_group_set_target (self->profile_signals, profile);
  if (profile != NULL)
    {
      refresh (self);
      /* Start where the person stands. */
      ladder_ladder_chart_select (self, ladder_profile_get_track (profile),
                                  ladder_profile_get_rung (profile));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
}

const LadderRung *
ladder_ladder_chart_get_selected (LadderLadderChart *self)
{
  g_return_val_if_fail (LADDER_IS_LADDER_CHART (self), NULL);
  return self->selected != NULL ? ladder_rung_tile_get_rung (self->selected) : NULL;
}

void
ladder_ladder_chart_select (LadderLadderChart *self,
                            const char        *track,
                            const char        *rung)
{
  LadderRungTile *tile;

  g_return_if_fail (LADDER_IS_LADDER_CHART (self));

  tile = find_tile (self, track, rung);
  if (tile != NULL)
    select_tile (self, tile, FALSE);
}

LadderRungTile *
ladder_ladder_chart_get_tile (LadderLadderChart *self,
                              const char        *track,
                              const char        *rung)
{
  g_return_val_if_fail (LADDER_IS_LADDER_CHART (self), NULL);
  return find_tile (self, track, rung);
}

guint
ladder_ladder_chart_get_n_tiles (LadderLadderChart *self)
{
  g_return_val_if_fail (LADDER_IS_LADDER_CHART (self), 0);
  return self->tiles->len;
}

static void
ladder_ladder_chart_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LadderLadderChart *self = LADDER_LADDER_CHART (object);

  switch (prop_id)
    {
    case PROP_PROFILE: g_value_set_object (value, self->profile); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_ladder_chart_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LadderLadderChart *self = LADDER_LADDER_CHART (object);

  switch (prop_id)
    {
    case PROP_PROFILE: ladder_ladder_chart_set_profile (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_ladder_chart_dispose (GObject *object)
{
  LadderLadderChart *self = LADDER_LADDER_CHART (object);
  GtkWidget *child;

  g_clear_object (&self->profile_signals);
  g_clear_object (&self->profile);
  self->selected = NULL;
  g_clear_pointer (&self->tiles, g_ptr_array_unref);
  g_clear_pointer (&self->headers, g_ptr_array_unref);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ladder_ladder_chart_parent_class)->dispose (object);
}

static void
ladder_ladder_chart_class_init (LadderLadderChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_ladder_chart_dispose;
  object_class->get_property = ladder_ladder_chart_get_property;
  object_class->set_property = ladder_ladder_chart_set_property;
  properties[PROP_PROFILE] = ladder_profile_param_spec ();
  g_object_class_install_properties (object_class, N_PROPS, properties);
  widget_class->measure = ladder_ladder_chart_measure;
  widget_class->size_allocate = ladder_ladder_chart_size_allocate;
  widget_class->snapshot = ladder_ladder_chart_snapshot;
  widget_class->focus = ladder_ladder_chart_focus;

  signals[SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 0);
  signals[RUNG_ACTIVATED] = g_signal_new ("rung-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "ladder-chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* The headers and tiles of the profile's framework: any number of tracks side by side, each rung
 * in the row of its seniority. */
static void
build (LadderLadderChart *self)
{
  LadderFramework *framework = ladder_profile_get_framework (self->profile);
  g_autoptr (GString) tracks = g_string_new (NULL);
  g_autofree char *label = NULL;
  gboolean had_focus = self->selected != NULL &&
                       gtk_widget_has_focus (GTK_WIDGET (self->selected));

  self->selected = NULL;
  for (guint i = 0; i < self->headers->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->headers, i));
  for (guint i = 0; i < self->tiles->len; i++)
    gtk_widget_unparent (g_ptr_array_index (self->tiles, i));
  g_ptr_array_set_size (self->headers, 0);
  g_ptr_array_set_size (self->tiles, 0);
  self->framework = framework;
  self->n_rows = 0;

  for (guint t = 0; t < ladder_framework_get_n_tracks (framework); t++)
    {
      const LadderTrack *track = ladder_framework_get_track (framework, t);
      GtkWidget *header = gtk_label_new (track->title);

      gtk_label_set_wrap (GTK_LABEL (header), TRUE);
      gtk_label_set_justify (GTK_LABEL (header), GTK_JUSTIFY_CENTER);
      /* "heading", not a title: "Управленческий трек" in a title's size alone made the chart
       * wider than a phone. */
      gtk_widget_add_css_class (header, "heading");
      gtk_widget_set_parent (header, GTK_WIDGET (self));
      g_ptr_array_add (self->headers, header);

      for (guint r = 0; r < track->n_rungs; r++)
        {
          GtkWidget *tile = ladder_rung_tile_new (&track->rungs[r], track->title);

          g_signal_connect (tile, "clicked", G_CALLBACK (on_tile_clicked_cb), self);
          g_signal_connect (tile, "notify::has-focus", G_CALLBACK (on_tile_focus_cb), self);
          gtk_widget_set_parent (tile, GTK_WIDGET (self));
          g_ptr_array_add (self->tiles, tile);
          self->n_rows = MAX (self->n_rows, track->rungs[r].seniority + 1);
        }
      if (tracks->len > 0)
        /* Translators: between two track names in "Career ladder: Expert track, Management track" */
        g_string_append (tracks, C_("list", ", "));
      g_string_append (tracks, track->title);
    }
  /* Translators: the ladder chart's name for screen readers; %s lists its tracks */
  label = g_strdup_printf (_("Career ladder: %s"), tracks->str);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  ladder_ladder_chart_select (self, ladder_profile_get_track (self->profile),
                              ladder_profile_get_rung (self->profile));
  if (had_focus && self->selected != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->selected));
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
ladder_ladder_chart_init (LadderLadderChart *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->headers = g_ptr_array_new ();
  self->tiles = g_ptr_array_new ();
  self->profile_signals = g_signal_group_new (LADDER_TYPE_PROFILE);
  g_signal_group_connect_object (self->profile_signals, "changed", G_CALLBACK (refresh), self,
                                 G_CONNECT_SWAPPED);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

GtkWidget *
ladder_ladder_chart_new (void)
{
  return g_object_new (LADDER_TYPE_LADDER_CHART, NULL);
}
