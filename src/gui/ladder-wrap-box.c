/* SPDX-License-Identifier: GPL-3.0-or-later
 * One row when it fits: the first child takes the room left, the others their natural width
 * (or their minimum, when that is all there is). When it does not fit, the first child alone,
 * then the others under it, at the end of as many rows as they need (long Russian labels need
 * two). Height follows width, so the window can be as narrow as the widest single child (a
 * phone's 360 px). */
#define G_LOG_DOMAIN "ladder-wrap-box"

#include "config.h"

#include "ladder-wrap-box.h"

struct _LadderWrapBox
{
  GtkWidget parent_instance;

  int spacing;
};

static void ladder_wrap_box_buildable_init (GtkBuildableIface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LadderWrapBox, ladder_wrap_box, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_BUILDABLE,
                                                      ladder_wrap_box_buildable_init))

enum {
  PROP_0,
  PROP_SPACING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkBuildableIface *parent_buildable;

#define ROOM 240

/* The widths of the first child and of the others side by side (with their spacing). */
static void
measure_widths (LadderWrapBox *self,
                int           *first_min,
                int           *first_nat,
                int           *rest_min,
                int           *rest_nat,
                int           *widest)
{
  GtkWidget *first = gtk_widget_get_first_child (GTK_WIDGET (self));

  *first_min = *first_nat = *rest_min = *rest_nat = *widest = 0;
  for (GtkWidget *child = first; child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      int min, nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
      if (child == first)
        {
          *first_min = min;
          *first_nat = nat;
          continue;
        }
      *rest_min += min + (*rest_min > 0 ? self->spacing : 0);
      *rest_nat += nat + (*rest_nat > 0 ? self->spacing : 0);
      *widest = MAX (*widest, min);
    }
}

static gboolean
fits_one_row (LadderWrapBox *self,
              int            width)
{
  int first_min, first_nat, rest_min, rest_nat, widest;

  measure_widths (self, &first_min, &first_nat, &rest_min, &rest_nat, &widest);
  /* The first child keeps some room on one row (a paragraph squeezed to a word a line beside
   * its buttons reads badly): its natural width, up to ROOM. */
  return width < 0 ||
         width >= MAX (first_min, MIN (first_nat, ROOM)) + (rest_min > 0 ? self->spacing
                                                                          + rest_min : 0);
}

/* Under the first child, the others in rows of @width, each at its natural width when it fits
 * (its minimum otherwise), right-aligned; places them when @place, and says the rows' height. */
static int
flow_rest (LadderWrapBox *self,
           int            width,
           int            top,
           gboolean       place)
{
  GtkWidget *first = gtk_widget_get_first_child (GTK_WIDGET (self));
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  GtkWidget *row_start = NULL;
  int height = 0, row_height = 0, row_width = 0;

  for (GtkWidget *child = first != NULL ? gtk_widget_get_next_sibling (first) : NULL; ;
       child = gtk_widget_get_next_sibling (child))
    {
      int min, nat, w = 0, h = 0, ignored;

      if (child != NULL && !gtk_widget_should_layout (child))
        continue;
      if (child != NULL)
        {
          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
          w = nat <= width ? nat : min;
          gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, w, &h, &ignored, NULL, NULL);
        }
      /* A row ends at the end, or when the next child does not fit in it: place it. */
      if (row_start != NULL && (child == NULL || row_width + self->spacing + w > width))
        {
          int x = width - row_width;

          for (GtkWidget *c = row_start; place && c != child; c = gtk_widget_get_next_sibling (c))
            {
              int cmin, cnat;

              if (!gtk_widget_should_layout (c))
                continue;
              gtk_widget_measure (c, GTK_ORIENTATION_HORIZONTAL, -1, &cmin, &cnat, NULL, NULL);
              cnat = cnat <= width ? cnat : cmin;
              gtk_widget_size_allocate (c, &(GtkAllocation) {
                                          rtl ? width - x - cnat : x, top + height, cnat,
                                          row_height }, -1);
              x += cnat + self->spacing;
            }
          height += row_height + self->spacing;
          row_start = NULL;
          row_width = row_height = 0;
        }
      if (child == NULL)
        break;
      if (row_start == NULL)
        {
          row_start = child;
          row_width = w;
        }
      else
        row_width += self->spacing + w;
      row_height = MAX (row_height, h);
    }
  return MAX (0, height - self->spacing);
}

/* The heights of the first child and of the tallest of the others. */
static void
measure_heights (LadderWrapBox *self,
                 int            first_width,
                 int           *first_min,
                 int           *first_nat,
                 int           *rest_min,
                 int           *rest_nat)
{
  GtkWidget *first = gtk_widget_get_first_child (GTK_WIDGET (self));

  *first_min = *first_nat = *rest_min = *rest_nat = 0;
  for (GtkWidget *child = first; child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      int min, nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, child == first ? first_width : -1,
                          &min, &nat, NULL, NULL);
      if (child == first)
        {
          *first_min = min;
          *first_nat = nat;
        }
      else
        {
          *rest_min = MAX (*rest_min, min);
          *rest_nat = MAX (*rest_nat, nat);
        }
    }
}

/* On one row of @width: the others' width (natural when it leaves the first child its
 * minimum), and the first child's. */
static int
one_row_rest_width (LadderWrapBox *self,
                    int            width)
{
  int first_min, first_nat, rest_min, rest_nat, widest;

  measure_widths (self, &first_min, &first_nat, &rest_min, &rest_nat, &widest);
  return width - first_min - self->spacing >= rest_nat ? rest_nat : rest_min;
}

static int
one_row_first_width (LadderWrapBox *self,
                     int            width)
{
  int rest_width = one_row_rest_width (self, width);

  return MAX (0, width - (rest_width > 0 ? rest_width + self->spacing : 0));
}

static void
ladder_wrap_box_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  LadderWrapBox *self = LADDER_WRAP_BOX (widget);
  int first_min, first_nat, rest_min, rest_nat;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int widest;

      measure_widths (self, &first_min, &first_nat, &rest_min, &rest_nat, &widest);
      *minimum = MAX (first_min, widest);
      *natural = first_nat + (rest_nat > 0 ? self->spacing + rest_nat : 0);
      return;
    }
  if (fits_one_row (self, for_size))
    {
      /* The first child's height at the width it will have: a wrapping label beside buttons
       * needs more lines than alone. */
      measure_heights (self, for_size < 0 ? -1 : one_row_first_width (self, for_size),
                       &first_min, &first_nat, &rest_min, &rest_nat);
      *minimum = MAX (first_min, rest_min);
      *natural = MAX (first_nat, rest_nat);
      return;
    }
  measure_heights (self, for_size, &first_min, &first_nat, &rest_min, &rest_nat);
  rest_min = flow_rest (self, for_size, 0, FALSE);
  *minimum = first_min + (rest_min > 0 ? self->spacing + rest_min : 0);
  *natural = first_nat + (rest_min > 0 ? self->spacing + rest_min : 0);
}

/* The height depends on the width given: one row or two. */
static GtkSizeRequestMode
ladder_wrap_box_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
ladder_wrap_box_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  LadderWrapBox *self = LADDER_WRAP_BOX (widget);
  GtkWidget *first = gtk_widget_get_first_child (widget);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  int first_min, first_nat, rest_min, rest_nat, widest, rest_width, x;

  if (first == NULL)
    return;
  if (!fits_one_row (self, width))
    {
      int rows = flow_rest (self, width, 0, FALSE);
      int first_height = MAX (0, height - (rows > 0 ? rows + self->spacing : 0));

      gtk_widget_size_allocate (first, &(GtkAllocation) { 0, 0, width, first_height }, -1);
      flow_rest (self, width, first_height + self->spacing, TRUE);
      return;
    }

  /* One row: the others get their natural width when it leaves the first its minimum. */
  measure_widths (self, &first_min, &first_nat, &rest_min, &rest_nat, &widest);
  rest_width = one_row_rest_width (self, width);
  {
    int first_width = one_row_first_width (self, width);

    gtk_widget_size_allocate (first, &(GtkAllocation) { rtl ? width - first_width : 0, 0,
                                                        first_width, height }, -1);
  }
  x = width - rest_width;
  for (GtkWidget *child = gtk_widget_get_next_sibling (first); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int min, nat, child_width;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
      child_width = rest_width == rest_nat ? nat : min;
      gtk_widget_size_allocate (child, &(GtkAllocation) { rtl ? width - x - child_width : x, 0,
                                                          child_width, height }, -1);
      x += child_width + self->spacing;
    }
}

static void
ladder_wrap_box_dispose (GObject *object)
{
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL;)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (ladder_wrap_box_parent_class)->dispose (object);
}

static void
ladder_wrap_box_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SPACING: g_value_set_int (value, LADDER_WRAP_BOX (object)->spacing); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_wrap_box_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_SPACING:
      LADDER_WRAP_BOX (object)->spacing = g_value_get_int (value);
      gtk_widget_queue_resize (GTK_WIDGET (object));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_wrap_box_class_init (LadderWrapBoxClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_wrap_box_dispose;
  object_class->get_property = ladder_wrap_box_get_property;
  object_class->set_property = ladder_wrap_box_set_property;
  widget_class->measure = ladder_wrap_box_measure;
  widget_class->size_allocate = ladder_wrap_box_size_allocate;
  widget_class->get_request_mode = ladder_wrap_box_get_request_mode;
  properties[PROP_SPACING] = g_param_spec_int ("spacing", NULL, NULL, 0, G_MAXINT16, 6,
                                               G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ladder_wrap_box_init (LadderWrapBox *self)
{
  self->spacing = 6;
}

static void
ladder_wrap_box_add_child (GtkBuildable *buildable,
                           GtkBuilder   *builder,
                           GObject      *child,
                           const char   *type)
{
  if (GTK_IS_WIDGET (child))
    ladder_wrap_box_append (LADDER_WRAP_BOX (buildable), GTK_WIDGET (child));
  else
    parent_buildable->add_child (buildable, builder, child, type);
}

static void
ladder_wrap_box_buildable_init (GtkBuildableIface *iface)
{
  parent_buildable = g_type_interface_peek_parent (iface);
  iface->add_child = ladder_wrap_box_add_child;
}

GtkWidget *
ladder_wrap_box_new (int spacing)
{
  return g_object_new (LADDER_TYPE_WRAP_BOX, "spacing", spacing, NULL);
}

void
ladder_wrap_box_append (LadderWrapBox *self,
                        GtkWidget     *child)
{
  g_return_if_fail (LADDER_IS_WRAP_BOX (self));
  g_return_if_fail (GTK_IS_WIDGET (child));

  gtk_widget_insert_before (child, GTK_WIDGET (self), NULL);
}
