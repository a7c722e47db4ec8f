/* SPDX-License-Identifier: GPL-3.0-or-later
 * A level picker: six linked toggle buttons, 0 to 5. Hovering or focusing one shows what that
 * level means for the skill, and screen readers hear the same. Emits "changed" on a choice by
 * the person, never when the value is set from the model. */
#define G_LOG_DOMAIN "ladder-level-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "ladder-level-picker.h"

struct _LadderLevelPicker
{
  GtkWidget parent_instance;

  GtkWidget *buttons[LADDER_N_LEVELS];
  char *what; /* "Current level", "Target level" */
  int value;
  gboolean updating;
};

G_DEFINE_FINAL_TYPE (LadderLevelPicker, ladder_level_picker, GTK_TYPE_WIDGET)

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

static void
on_toggled_cb (GtkToggleButton   *button,
               LadderLevelPicker *self)
{
  int level = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (button), "level"));

  if (self->updating || !gtk_toggle_button_get_active (button) || level == self->value)
    return;
  self->value = level;
  g_signal_emit (self, signals[CHANGED], 0, level);
}

void
ladder_level_picker_set_skill (LadderLevelPicker *self,
                               const LadderSkill *skill,
                               const char        *title)
{
  g_return_if_fail (LADDER_IS_LEVEL_PICKER (self));

  for (int level = 0; level < LADDER_N_LEVELS; level++)
    {
      const char *meaning = skill != NULL ? skill->levels[level] : generic_level (level);
      /* Translators: a level's tooltip, "2 — Explains HTTP requests, status codes …" */
      g_autofree char *tooltip = g_strdup_printf (_("%d — %s"), level, meaning);
      /* Translators: a level button for screen readers: "APIs, current level 2: Explains …" */
      g_autofree char *label = g_strdup_printf (_("%s, %s %d: %s"), title != NULL ? title : "",
                                                self->what, level, meaning);

      gtk_widget_set_tooltip_text (self->buttons[level], tooltip);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->buttons[level]),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
    }
}

void
ladder_level_picker_set_value (LadderLevelPicker *self,
                               int                value)
{
  g_return_if_fail (LADDER_IS_LEVEL_PICKER (self));
  g_return_if_fail (value >= 0 && value <= LADDER_LEVEL_MAX);

  self->updating = TRUE;
  self->value = value;
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->buttons[value]), TRUE);
  self->updating = FALSE;
}

int
ladder_level_picker_get_value (LadderLevelPicker *self)
{
  g_return_val_if_fail (LADDER_IS_LEVEL_PICKER (self), 0);
  return self->value;
}

GtkWidget *
ladder_level_picker_get_button (LadderLevelPicker *self,
                                int                level)
{
  g_return_val_if_fail (LADDER_IS_LEVEL_PICKER (self), NULL);
  g_return_val_if_fail (level >= 0 && level <= LADDER_LEVEL_MAX, NULL);
  return self->buttons[level];
}

static void
ladder_level_picker_dispose (GObject *object)
{
  LadderLevelPicker *self = LADDER_LEVEL_PICKER (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (ladder_level_picker_parent_class)->dispose (object);
}

static void
ladder_level_picker_finalize (GObject *object)
{
  g_free (LADDER_LEVEL_PICKER (object)->what);
  G_OBJECT_CLASS (ladder_level_picker_parent_class)->finalize (object);
}

static void
ladder_level_picker_class_init (LadderLevelPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_level_picker_dispose;
  object_class->finalize = ladder_level_picker_finalize;
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "levelpicker");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
ladder_level_picker_init (LadderLevelPicker *self)
{
  gtk_widget_add_css_class (GTK_WIDGET (self), "linked");
  for (int level = 0; level < LADDER_N_LEVELS; level++)
    {
      g_autofree char *text = g_strdup_printf ("%d", level);
      GtkWidget *button = gtk_toggle_button_new_with_label (text);

      gtk_widget_add_css_class (button, "level");
      g_object_set_data (G_OBJECT (button), "level", GINT_TO_POINTER (level));
      if (level > 0)
        gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button),
                                     GTK_TOGGLE_BUTTON (self->buttons[0]));
      g_signal_connect (button, "toggled", G_CALLBACK (on_toggled_cb), self);
      gtk_widget_set_parent (button, GTK_WIDGET (self));
      self->buttons[level] = button;
    }
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
}

GtkWidget *
ladder_level_picker_new (const char *what)
{
  LadderLevelPicker *self = g_object_new (LADDER_TYPE_LEVEL_PICKER, NULL);

  self->what = g_strdup (what);
  ladder_level_picker_set_value (self, 0);
  return GTK_WIDGET (self);
}
