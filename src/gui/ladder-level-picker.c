/* SPDX-License-Identifier: GPL-3.0-or-later
 * A level picker: six cells, 0 to 5, drawn by one widget so that a matrix of a thousand skills
 * stays light. Click a cell, or use the arrow keys, Home, End or the digits; hovering a cell
 * shows what that level means for the skill. Emits "changed" on a choice by the person, never
 * when the model sets the value.
 *
 * It is a GtkRange with its trough hidden and its own drawing: GTK 4.8 gives the AT-SPI Value
 * interface (the level, 0 and 5) only to its own range widgets, so a screen reader says the
 * level and hears it change; the level's meaning is the accessible description. The range's
 * pointer and scroll handling are left out: a click picks a cell, and the wheel scrolls the
 * page instead of changing a rating under the pointer. */
#define G_LOG_DOMAIN "ladder-level-picker"

#include "config.h"

#include <math.h>

#include "ladder-i18n.h"

#include "ladder-level-picker.h"
#include "ladder-style.h"

#define CELL 22
#define GAP 2

struct _LadderLevelPicker
{
  GtkWidget parent_instance;

  char *what;  /* "current level", "target level" */
  char *title; /* the skill's name */
  const LadderSkill *skill;
  int value;
  gboolean setting; /* the value is being set by the model, not chosen */
};

G_DEFINE_FINAL_TYPE (LadderLevelPicker, ladder_level_picker, GTK_TYPE_RANGE)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const char *
generic_level (int level)
{
  switch (level)
    {
    case 0: return _("Not yet");
    case 1: return _("Aware of it");
    case 2: return _("Does it with help");
    case 3: return _("Does it on their own");
    case 4: return _("Leads it and teaches others");
    default: return _("Sets the standard for others");
    }
}

const char *
ladder_level_picker_get_description (LadderLevelPicker *self,
                                     int                level)
{
  g_return_val_if_fail (LADDER_IS_LEVEL_PICKER (self), NULL);
  g_return_val_if_fail (level >= 0 && level <= LADDER_LEVEL_MAX, NULL);
  /* A company's ladder with fewer levels than six says nothing of the others. */
  if (self->skill != NULL && self->skill->levels[level] != NULL &&
      *self->skill->levels[level] != '\0')
    return self->skill->levels[level];
  return generic_level (level);
}

static void
update_accessible (LadderLevelPicker *self)
{
  /* Translators: a level picker for screen readers: "APIs, current level" */
  g_autofree char *label = g_strdup_printf (_("%s, %s"), self->title != NULL ? self->title : "",
                                            self->what);
  /* Translators: a level's meaning: "2 — Explains HTTP requests, status codes …" */
  g_autofree char *text = g_strdup_printf (_("%d — %s"), self->value,
                                           ladder_level_picker_get_description (self,
                                                                                self->value));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MIN, 0.0,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_MAX, (double) LADDER_LEVEL_MAX,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_NOW, (double) self->value,
                                  GTK_ACCESSIBLE_PROPERTY_VALUE_TEXT, text,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
}

void
ladder_level_picker_set_skill (LadderLevelPicker *self,
                               const LadderSkill *skill,
                               const char        *title)
{
  g_return_if_fail (LADDER_IS_LEVEL_PICKER (self));

  self->skill = skill;
  g_free (self->title);
  self->title = g_strdup (title);
  update_accessible (self);
}

void
ladder_level_picker_set_value (LadderLevelPicker *self,
                               int                value)
{
  g_return_if_fail (LADDER_IS_LEVEL_PICKER (self));
  g_return_if_fail (value >= 0 && value <= LADDER_LEVEL_MAX);

  if (self->value == value)
    return;
  self->value = value;
  self->setting = TRUE;
  gtk_range_set_value (GTK_RANGE (self), value);
  self->setting = FALSE;
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

int
ladder_level_picker_get_value (LadderLevelPicker *self)
{
  g_return_val_if_fail (LADDER_IS_LEVEL_PICKER (self), 0);
  return self->value;
}

/* A choice by the person. */
void
ladder_level_picker_choose (LadderLevelPicker *self,
                            int                value)
{
  g_return_if_fail (LADDER_IS_LEVEL_PICKER (self));

  value = CLAMP (value, 0, LADDER_LEVEL_MAX);
  if (value == self->value)
    return;
  ladder_level_picker_set_value (self, value);
  g_signal_emit (self, signals[CHANGED], 0, value);
}

static int
cell_at (double x)
{
  return CLAMP ((int) (x / (CELL + GAP)), 0, LADDER_LEVEL_MAX);
}

static void
on_pressed_cb (GtkGestureClick   *gesture,
               int                n_press,
               double             x,
               double             y,
               LadderLevelPicker *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
  ladder_level_picker_choose (self, cell_at (x));
}

/* The range's own keys (arrows, Home, End, Page Up and Down, in either direction of text) and
 * an assistive technology setting the value: a choice by the person. */
static gboolean
on_change_value_cb (GtkRange          *range,
                    GtkScrollType      scroll,
                    double             value,
                    LadderLevelPicker *self)
{
  ladder_level_picker_choose (self, (int) CLAMP (round (value), 0, LADDER_LEVEL_MAX));
  return TRUE;
}

static void
on_value_changed_cb (GtkRange          *range,
                     LadderLevelPicker *self)
{
  int value = (int) CLAMP (round (gtk_range_get_value (range)), 0, LADDER_LEVEL_MAX);

  if (!self->setting && value != self->value)
    ladder_level_picker_choose (self, value);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   LadderLevelPicker     *self)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;

  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      ladder_level_picker_choose (self, self->value + (rtl ? 1 : -1));
      return GDK_EVENT_STOP;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      ladder_level_picker_choose (self, self->value + (rtl ? -1 : 1));
      return GDK_EVENT_STOP;
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      /* Up and Down move between rows, as they do in the rest of the matrix. */
      return GDK_EVENT_PROPAGATE;
    case GDK_KEY_Home:
      ladder_level_picker_choose (self, 0);
      return GDK_EVENT_STOP;
    case GDK_KEY_End:
      ladder_level_picker_choose (self, LADDER_LEVEL_MAX);
      return GDK_EVENT_STOP;
    default:
      if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_5)
        {
          ladder_level_picker_choose (self, keyval - GDK_KEY_0);
          return GDK_EVENT_STOP;
        }
      return GDK_EVENT_PROPAGATE;
    }
}

static gboolean
ladder_level_picker_query_tooltip (GtkWidget  *widget,
                                   int         x,
                                   int         y,
                                   gboolean    keyboard,
                                   GtkTooltip *tooltip)
{
  LadderLevelPicker *self = LADDER_LEVEL_PICKER (widget);
  int level = keyboard ? self->value : cell_at (x);
  g_autofree char *text = g_strdup_printf (_("%d — %s"), level,
                                           ladder_level_picker_get_description (self, level));

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
ladder_level_picker_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  *minimum = *natural = orientation == GTK_ORIENTATION_HORIZONTAL
                        ? LADDER_N_LEVELS * CELL + (LADDER_N_LEVELS - 1) * GAP
                        : CELL + 4;
}

/* The focus ring is drawn here: a picker that loses the focus draws itself again without it. */
static void
on_focus_changed_cb (GtkWidget  *widget,
                     GParamSpec *pspec,
                     gpointer    data)
{
  gtk_widget_queue_draw (widget);
}

static void
ladder_level_picker_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  /* Nothing to place: the range's trough is hidden, the cells are drawn. */
}

static void
ladder_level_picker_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  LadderLevelPicker *self = LADDER_LEVEL_PICKER (widget);
  double top = (gtk_widget_get_height (widget) - CELL) / 2.0;
  GdkRGBA fg = ladder_style_color (widget, NULL);
  GdkRGBA accent, accent_fg;

  /* Readable in every style: under a GTK_THEME without libadwaita's colours the chosen digit
   * was white on white. */
  ladder_style_accent (widget, &accent, &accent_fg);

  for (int level = 0; level < LADDER_N_LEVELS; level++)
    {
      graphene_rect_t rect = GRAPHENE_RECT_INIT (level * (CELL + GAP), top, CELL, CELL);
      GskRoundedRect rounded;
      GdkRGBA fill = fg;
      char digit[2] = { '0' + level, '\0' };
      g_autoptr (PangoLayout) layout = gtk_widget_create_pango_layout (widget, digit);
      int w, h;

      fill.alpha = level == self->value ? 1.0 : level < self->value ? 0.16 : 0.07;
      gsk_rounded_rect_init_from_rect (&rounded, &rect, 5);
      gtk_snapshot_push_rounded_clip (snapshot, &rounded);
      gtk_snapshot_append_color (snapshot, level == self->value ? &accent : &fill, &rect);
      gtk_snapshot_pop (snapshot);

      pango_layout_get_pixel_size (layout, &w, &h);
      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (rect.origin.x + (CELL - w) / 2.0,
                                                             top + (CELL - h) / 2.0));
      gtk_snapshot_append_layout (snapshot, layout, level == self->value ? &accent_fg : &fg);
      gtk_snapshot_restore (snapshot);
    }

  if (gtk_widget_has_visible_focus (widget))
    {
      GskRoundedRect ring;
      float widths[4] = { 2, 2, 2, 2 };
      GdkRGBA colors[4] = { accent, accent, accent, accent };
      graphene_rect_t whole = GRAPHENE_RECT_INIT (-2, top - 2,
                                                 LADDER_N_LEVELS * (CELL + GAP) - GAP + 4,
                                                 CELL + 4);

      gsk_rounded_rect_init_from_rect (&ring, &whole, 7);
      gtk_snapshot_append_border (snapshot, &ring, widths, colors);
    }
}

static void
ladder_level_picker_finalize (GObject *object)
{
  LadderLevelPicker *self = LADDER_LEVEL_PICKER (object);

  g_free (self->what);
  g_free (self->title);
  G_OBJECT_CLASS (ladder_level_picker_parent_class)->finalize (object);
}

static void
ladder_level_picker_class_init (LadderLevelPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = ladder_level_picker_finalize;
  widget_class->measure = ladder_level_picker_measure;
  widget_class->size_allocate = ladder_level_picker_size_allocate;
  widget_class->snapshot = ladder_level_picker_snapshot;
  widget_class->query_tooltip = ladder_level_picker_query_tooltip;
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  gtk_widget_class_set_css_name (widget_class, "levelpicker");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_SLIDER);
}

static void
ladder_level_picker_init (LadderLevelPicker *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  g_autoptr (GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (self));
  GPtrArray *range_own = g_ptr_array_new ();

  /* The range's trough, and its pointer and wheel handling: the cells are drawn and clicked
   * here, and the wheel belongs to the page. Its keys (a shortcut controller) stay. */
  gtk_widget_set_visible (gtk_widget_get_first_child (GTK_WIDGET (self)), FALSE);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr (GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE (controller) || GTK_IS_EVENT_CONTROLLER_SCROLL (controller))
        g_ptr_array_add (range_own, controller);
    }
  for (guint i = 0; i < range_own->len; i++)
    gtk_widget_remove_controller (GTK_WIDGET (self), g_ptr_array_index (range_own, i));
  g_ptr_array_unref (range_own);
  gtk_range_set_adjustment (GTK_RANGE (self), gtk_adjustment_new (0, 0, LADDER_LEVEL_MAX, 1, 1,
                                                                  0));
  gtk_range_set_round_digits (GTK_RANGE (self), 0);
  g_signal_connect (self, "change-value", G_CALLBACK (on_change_value_cb), self);
  g_signal_connect (self, "value-changed", G_CALLBACK (on_value_changed_cb), self);
  g_signal_connect (self, "notify::has-focus", G_CALLBACK (on_focus_changed_cb), NULL);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

GtkWidget *
ladder_level_picker_new (const char *what)
{
  LadderLevelPicker *self = g_object_new (LADDER_TYPE_LEVEL_PICKER, NULL);

  self->what = g_strdup (what);
  update_accessible (self);
  return GTK_WIDGET (self);
}
