/* SPDX-License-Identifier: GPL-3.0-or-later
 * The fields of the editing dialogs: a heading above each, named after it for screen readers. */
#define G_LOG_DOMAIN "ladder-form"

#include "config.h"

#include "ladder-i18n.h"

#include "ladder-form.h"

/**
 * ladder_form_entry:
 * @box: the dialog's vertical box
 *
 * Returns: (transfer none): a one-line entry under the heading @label, holding @text
 */
GtkWidget *
ladder_form_entry (GtkWidget  *box,
                   const char *label,
                   const char *text)
{
  GtkWidget *title = gtk_label_new (label);
  GtkWidget *entry = gtk_entry_new ();

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
  gtk_entry_set_max_length (GTK_ENTRY (entry), 2000);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  title, NULL, -1);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), entry);
  return entry;
}

void
ladder_form_widget (GtkWidget  *box,
                    const char *label,
                    GtkWidget  *widget)
{
  GtkWidget *title = gtk_label_new (label);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_widget_set_margin_top (title, 6);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  title, NULL, -1);
  if (GTK_IS_DROP_DOWN (widget))
    ladder_form_name_choice (GTK_DROP_DOWN (widget), label);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), widget);
}

/**
 * ladder_form_skill_choice:
 * @selected: (nullable): the skill chosen now
 * @ids: (out) (transfer full): the skills' ids, in the drop-down's order after "no skill"
 *
 * Returns: (transfer floating): a drop-down of "No particular skill" and the profile's skills
 *   (hidden ones left out, unless chosen now)
 */
GtkDropDown *
ladder_form_skill_choice (LadderProfile *profile,
                          const char    *selected,
                          GPtrArray    **ids)
{
  g_autoptr (GtkStringList) names = gtk_string_list_new (NULL);
  GtkDropDown *dropdown;
  guint chosen = 0;

  /* Translators: a plan item or evidence that is about no skill in particular */
  gtk_string_list_append (names, _("No particular skill"));
  *ids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < ladder_profile_get_n_skills (profile); i++)
    {
      const LadderProfileSkill *entry = ladder_profile_get_skill (profile, i);
      const char *title = ladder_profile_get_skill_title (profile, entry->id);

      if (entry->hidden && g_strcmp0 (selected, entry->id) != 0)
        continue;
      g_ptr_array_add (*ids, g_strdup (entry->id));
      gtk_string_list_append (names, title != NULL ? title : entry->id);
      if (g_strcmp0 (selected, entry->id) == 0)
        chosen = (*ids)->len;
    }
  dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL));
  gtk_drop_down_set_selected (dropdown, chosen);
  return dropdown;
}

/**
 * ladder_form_label_choice_button:
 *
 * Gives the button a drop-down shows (the part that takes the focus) the accessible name
 * @label; GTK 4.8 leaves it unnamed.
 */
void
ladder_form_label_choice_button (GtkDropDown *dropdown,
                                 const char  *label)
{
  GtkWidget *button = GTK_WIDGET (dropdown);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (dropdown)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_TOGGLE_BUTTON (child))
      button = child;
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

static void
on_choice_selected_cb (GtkDropDown *dropdown)
{
  const char *name = g_object_get_data (G_OBJECT (dropdown), "ladder-choice-name");
  GObject *item = gtk_drop_down_get_selected_item (dropdown);
  const char *chosen = GTK_IS_STRING_OBJECT (item)
                       ? gtk_string_object_get_string (GTK_STRING_OBJECT (item)) : "";
  /* Translators: a drop-down's accessible name: what it chooses, then what is chosen,
   * "Skill: All skills" */
  g_autofree char *label = g_strdup_printf (_("%s: %s"), name, chosen);

  ladder_form_label_choice_button (dropdown, label);
}

/**
 * ladder_form_name_choice:
 * @name: what the drop-down chooses ("Skill")
 *
 * A drop-down's own button is what takes the focus: it says what it chooses and what is chosen,
 * before and after a change, for a screen reader.
 */
void
ladder_form_name_choice (GtkDropDown *dropdown,
                         const char  *name)
{
  g_object_set_data_full (G_OBJECT (dropdown), "ladder-choice-name", g_strdup (name), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  if (g_object_get_data (G_OBJECT (dropdown), "ladder-choice-named") == NULL)
    {
      g_signal_connect (dropdown, "notify::selected", G_CALLBACK (on_choice_selected_cb), NULL);
      g_signal_connect (dropdown, "notify::model", G_CALLBACK (on_choice_selected_cb), NULL);
      g_object_set_data (G_OBJECT (dropdown), "ladder-choice-named", GINT_TO_POINTER (1));
    }
  on_choice_selected_cb (dropdown);
}

/**
 * ladder_form_scroller:
 * @child: (transfer floating): a list
 *
 * Returns: (transfer floating): @child in a scrolled window as tall as it is, up to @max_height
 */
GtkWidget *
ladder_form_scroller (GtkWidget *child,
                      int        max_height)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), max_height);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), child);
  return scroller;
}
