/* SPDX-License-Identifier: GPL-3.0-or-later
 * One rung on the ladder, as a focusable button with an accessible name and description. */
#define G_LOG_DOMAIN "ladder-rung-tile"

#include "config.h"

#include "ladder-i18n.h"

#include "ladder-rung-tile.h"

struct _LadderRungTile
{
  GtkButton parent_instance;

  const LadderRung *rung;
  char *track_title;
  GtkLabel *title;
  GtkLabel *scope;
  GtkLabel *marker;
  GtkLevelBar *bar;
  GtkLabel *percent;
  char *description; /* told to assistive technologies */
};

G_DEFINE_FINAL_TYPE (LadderRungTile, ladder_rung_tile, GTK_TYPE_BUTTON)

static void
ladder_rung_tile_finalize (GObject *object)
{
  LadderRungTile *self = LADDER_RUNG_TILE (object);

  g_free (self->track_title);
  g_free (self->description);
  G_OBJECT_CLASS (ladder_rung_tile_parent_class)->finalize (object);
}

static void
ladder_rung_tile_class_init (LadderRungTileClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ladder_rung_tile_finalize;
  gtk_widget_class_set_css_name (GTK_WIDGET_CLASS (klass), "button");
}

static void
ladder_rung_tile_init (LadderRungTile *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *bottom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);

  gtk_widget_add_css_class (GTK_WIDGET (self), "card");
  gtk_widget_add_css_class (GTK_WIDGET (self), "rung-tile");

  self->title = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->title, TRUE);
  gtk_label_set_wrap_mode (self->title, PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (self->title, 2);
  gtk_label_set_ellipsize (self->title, PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (self->title, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->title), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->title), "heading");

  self->marker = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_set_valign (GTK_WIDGET (self->marker), GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (GTK_WIDGET (self->marker), "rung-marker");
  gtk_widget_set_visible (GTK_WIDGET (self->marker), FALSE);

  self->scope = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_ellipsize (self->scope, PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (self->scope, 0);
  gtk_widget_add_css_class (GTK_WIDGET (self->scope), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->scope), "caption");

  self->bar = GTK_LEVEL_BAR (gtk_level_bar_new_for_interval (0, 100));
  gtk_widget_set_hexpand (GTK_WIDGET (self->bar), TRUE);
  gtk_widget_set_valign (GTK_WIDGET (self->bar), GTK_ALIGN_CENTER);
  gtk_level_bar_add_offset_value (self->bar, GTK_LEVEL_BAR_OFFSET_LOW, 50);
  gtk_level_bar_add_offset_value (self->bar, GTK_LEVEL_BAR_OFFSET_HIGH, 85);
  gtk_level_bar_add_offset_value (self->bar, GTK_LEVEL_BAR_OFFSET_FULL, 100);

  self->percent = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->percent), "numeric");
  gtk_widget_add_css_class (GTK_WIDGET (self->percent), "caption-heading");

  /* The marker sits by the readiness bar, so that long titles keep the whole width. */
  gtk_box_append (GTK_BOX (top), GTK_WIDGET (self->title));
  gtk_box_append (GTK_BOX (bottom), GTK_WIDGET (self->marker));
  gtk_box_append (GTK_BOX (bottom), GTK_WIDGET (self->bar));
  gtk_box_append (GTK_BOX (bottom), GTK_WIDGET (self->percent));
  gtk_box_append (GTK_BOX (box), top);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->scope));
  gtk_box_append (GTK_BOX (box), bottom);
  gtk_button_set_child (GTK_BUTTON (self), box);
}

GtkWidget *
ladder_rung_tile_new (const LadderRung *rung,
                      const char       *track_title)
{
  LadderRungTile *self = g_object_new (LADDER_TYPE_RUNG_TILE, NULL);

  self->rung = rung;
  self->track_title = g_strdup (track_title);
  gtk_label_set_text (self->title, rung->title);
  gtk_label_set_text (self->scope, rung->scope);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), rung->scope);
  return GTK_WIDGET (self);
}

const LadderRung *
ladder_rung_tile_get_rung (LadderRungTile *self)
{
  g_return_val_if_fail (LADDER_IS_RUNG_TILE (self), NULL);
  return self->rung;
}

void
ladder_rung_tile_update (LadderRungTile *self,
                         guint           percent,
                         const char     *reason,
                         gboolean        is_current,
                         gboolean        is_target)
{
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;
  const char *marker = NULL;

  g_return_if_fail (LADDER_IS_RUNG_TILE (self));

  /* Translators: readiness on a rung, "80 %" */
  text = g_strdup_printf (_("%u %%"), percent);
  gtk_label_set_text (self->percent, text);
  gtk_level_bar_set_value (self->bar, percent);

  if (is_current && is_target)
    marker = _("You · Target");
  else if (is_current)
    marker = _("You");
  else if (is_target)
    marker = _("Target");
  gtk_label_set_text (self->marker, marker != NULL ? marker : "");
  gtk_widget_set_visible (GTK_WIDGET (self->marker), marker != NULL);

  if (is_current)
    gtk_widget_add_css_class (GTK_WIDGET (self), "current");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "current");
  if (is_target)
    gtk_widget_add_css_class (GTK_WIDGET (self), "target");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "target");
  if (is_target && !is_current)
    gtk_widget_add_css_class (GTK_WIDGET (self->marker), "target");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->marker), "target");

  /* Translators: a rung's description for screen readers: track, scope, readiness, reason,
   * and (maybe) "Your current rung." / "Your target rung." */
  description = g_strdup_printf (_("%s. %s. Readiness %u %%: %s.%s%s"), self->track_title,
                                 self->rung->scope, percent, reason,
                                 is_current ? _(" Your current rung.") : "",
                                 is_target ? _(" Your target rung.") : "");
  /* Told again only when it changed: the chart refreshes every tile on every change of the
   * profile (a selection too), and each telling made Orca read the description once more. */
  if (g_strcmp0 (description, self->description) == 0)
    return;
  g_free (self->description);
  self->description = g_steal_pointer (&description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->rung->title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->description,
                                  -1);
}

void
ladder_rung_tile_set_selected (LadderRungTile *self,
                               gboolean        selected)
{
  g_return_if_fail (LADDER_IS_RUNG_TILE (self));

  if (selected)
    gtk_widget_add_css_class (GTK_WIDGET (self), "selected");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "selected");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_PRESSED,
                               selected ? GTK_ACCESSIBLE_TRISTATE_TRUE
                                        : GTK_ACCESSIBLE_TRISTATE_FALSE,
                               -1);
}
