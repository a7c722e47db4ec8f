/* SPDX-License-Identifier: GPL-3.0-or-later
 * GTK 4.8 gives a button with a mnemonic ("_Undo") two names at once: its label property, with
 * the underscore, and the text of the label that names it ("Undo"), joined: Orca says
 * "underscore Undo Undo". The same holds for the buttons libadwaita makes (toasts, dialog
 * responses, split buttons). Every mnemonic button of the process, ours and theirs, keeps only
 * the label's text, whenever it is shown. */
#define G_LOG_DOMAIN "ladder-accessible"

#include "config.h"

#include "ladder-i18n.h"

#include "ladder-accessible.h"

/* The label a button's name was last mended for: GTK sets the property again when the label
 * changes. */
#define MENDED_FOR "ladder-accessible-mended-for"
/* The name a button has instead of its label's text: ladder_accessible_name_button(). */
#define BUTTON_NAME "ladder-accessible-button-name"

static GtkStack *
find_stack (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget))
    return GTK_STACK (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStack *found = find_stack (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * ladder_accessible_name_pages:
 *
 * Names every page of @stack for assistive technologies: GTK 4.8 gives a page without a title
 * its type for a name, and Orca says "GtkStackPage panel" as the focus enters it. A stack that
 * only swaps what one part of a view shows (a list or its empty state) names its pages after
 * that part.
 */
void
ladder_accessible_name_pages (GtkStack   *stack,
                              const char *name)
{
  g_return_if_fail (GTK_IS_STACK (stack));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (stack)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_stack_get_page (stack, child)),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/**
 * ladder_accessible_name_icon_button:
 *
 * Names a button that shows only an icon. GTK 4.8 names the icon "GtkImage", and Orca says
 * that before the button's name ("GtkImage Add an item to year 1 push button"): the icon takes
 * the button's name, which Orca then says once.
 */
void
ladder_accessible_name_icon_button (GtkWidget  *button,
                                    const char *name)
{
  GtkWidget *child;

  g_return_if_fail (GTK_IS_BUTTON (button));

  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  child = gtk_button_get_child (GTK_BUTTON (button));
  if (GTK_IS_IMAGE (child))
    gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                    -1);
}

/* A menu opened from a menu button: GTK 4.8 leaves it and the stack of its submenus unnamed,
 * and Orca says "GtkPopoverMenu menu, GtkStackPage panel". They take the button's tooltip. */
static void
name_menu (GtkWidget *menu)
{
  GtkWidget *button = gtk_widget_get_ancestor (menu, GTK_TYPE_MENU_BUTTON);
  const char *name = button != NULL ? gtk_widget_get_tooltip_text (button) : NULL;
  GtkStack *stack = find_stack (menu);

  if (name == NULL)
    return;
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  -1);
  if (stack != NULL)
    {
      g_autoptr (GtkSelectionModel) pages = gtk_stack_get_pages (stack);

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
        {
          g_autoptr (GObject) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

          gtk_accessible_update_property (GTK_ACCESSIBLE (page), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          name, -1);
        }
    }
}

/* A message dialog's body (what went wrong, what the choice means): GTK 4.8 does not tie it
 * to the dialog, and Orca says only its heading as it opens. Not while it is being mapped:
 * Orca takes a change from a window not yet known for a dead application. */
static gboolean
describe_dialog_cb (gpointer data)
{
  AdwMessageDialog *dialog = data;
  const char *body = adw_message_dialog_get_body (dialog);
  g_autofree char *text = NULL;

  if (body != NULL && adw_message_dialog_get_body_use_markup (dialog))
    pango_parse_markup (body, -1, 0, NULL, &text, NULL, NULL);
  if (body != NULL && *body != '\0')
    gtk_accessible_update_property (GTK_ACCESSIBLE (dialog), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    text != NULL ? text : body, -1);
  return G_SOURCE_REMOVE;
}

/* Its own name alone: GTK 4.8 would join the label's text (the labelled-by relation) to it. */
static void
give_button_name (GtkWidget *button)
{
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  g_object_get_data (G_OBJECT (button), BUTTON_NAME), -1);
}

static gboolean
on_map_cb (GSignalInvocationHint *hint,
           guint                  n_values,
           const GValue          *values,
           gpointer               data)
{
  GObject *object = g_value_get_object (&values[0]);
  const char *label;

  if (GTK_IS_POPOVER_MENU (object))
    name_menu (GTK_WIDGET (object));
  if (ADW_IS_MESSAGE_DIALOG (object))
    g_idle_add_full (G_PRIORITY_HIGH_IDLE, describe_dialog_cb, g_object_ref (object),
                     g_object_unref);
  /* A drop-down's list of choices: GTK 4.8 leaves it unnamed, and Orca says "GtkListView" as
   * it opens. It takes what the drop-down chooses (ladder_form_name_choice()) or its tooltip. */
  if (GTK_IS_LIST_VIEW (object))
    {
      GtkWidget *dropdown = gtk_widget_get_ancestor (GTK_WIDGET (object), GTK_TYPE_DROP_DOWN);
      const char *name = NULL;

      if (dropdown != NULL)
        name = g_object_get_data (G_OBJECT (dropdown), "ladder-choice-name");
      if (dropdown != NULL && name == NULL)
        name = gtk_widget_get_tooltip_text (dropdown);
      if (name != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (object), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        name, -1);
    }
  if (GTK_IS_BUTTON (object) && g_object_get_data (object, BUTTON_NAME) != NULL)
    {
      give_button_name (GTK_WIDGET (object));
      return TRUE;
    }
  if (!GTK_IS_BUTTON (object) || !gtk_button_get_use_underline (GTK_BUTTON (object)))
    return TRUE;
  label = gtk_button_get_label (GTK_BUTTON (object));
  if (label == NULL || g_strcmp0 (g_object_get_data (object, MENDED_FOR), label) == 0)
    return TRUE;
  gtk_accessible_reset_property (GTK_ACCESSIBLE (object), GTK_ACCESSIBLE_PROPERTY_LABEL);
  g_object_set_data_full (object, MENDED_FOR, g_strdup (label), g_free);
  return TRUE;
}

/**
 * ladder_accessible_mend_mnemonic_names:
 *
 * From now on, a button with a mnemonic is named by its label's text alone, and a menu by its
 * button's tooltip. Called once; later calls do nothing.
 */
void
ladder_accessible_mend_mnemonic_names (void)
{
  static gsize installed = 0;

  if (g_once_init_enter (&installed))
    {
      g_autoptr (GTypeClass) klass = g_type_class_ref (GTK_TYPE_WIDGET);

      g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, on_map_cb, NULL,
                                  NULL);
      g_once_init_leave (&installed, 1);
    }
}

static void
name_choice (AdwComboRow *row)
{
  const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
  gpointer item = adw_combo_row_get_selected_item (row);
  g_autofree char *name = NULL;

  if (GTK_IS_STRING_OBJECT (item))
    /* Translators: what a screen reader calls a choice, its title and what is chosen
     * ("Industry: SaaS") */
    name = g_strdup_printf (C_("accessible name of a choice", "%s: %s"), title,
                            gtk_string_object_get_string (item));
  else
    name = g_strdup (title);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/**
 * ladder_accessible_name_choice:
 *
 * A combo row that shows its choice beside its title, not as its subtitle: GTK 4.8 gives
 * assistive technologies its title only, and Orca says "Industry combo box" without "SaaS".
 * Its name says both, whenever the choice changes.
 */
void
ladder_accessible_name_choice (AdwComboRow *row)
{
  g_return_if_fail (ADW_IS_COMBO_ROW (row));

  if (adw_combo_row_get_use_subtitle (row))
    return; /* the choice is the subtitle, which describes the row already */
  /* The title label names the row too, and GTK 4.8 would join both names. */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  g_signal_connect (row, "notify::selected", G_CALLBACK (name_choice), NULL);
  g_signal_connect (row, "notify::model", G_CALLBACK (name_choice), NULL);
  name_choice (row);
}

/**
 * ladder_accessible_name_stacks:
 *
 * Names the pages of every stack inside @widget, as ladder_accessible_name_pages() does: for
 * the stacks libadwaita builds inside its own windows (a preferences window's pages).
 */
void
ladder_accessible_name_stacks (GtkWidget  *widget,
                               const char *name)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (GTK_IS_STACK (widget))
    ladder_accessible_name_pages (GTK_STACK (widget), name);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    ladder_accessible_name_stacks (child, name);
}

/**
 * ladder_accessible_name_button:
 * @button: a button with a label, ours or libadwaita's
 * @name: what a screen reader says for it, such as "Open “plan.pdf”"
 *
 * Names a button by what it acts on, not only by its label ("Open"), from now on: kept when
 * it is shown again, where a mnemonic button's name is otherwise mended to its label's text.
 */
void
ladder_accessible_name_button (GtkWidget  *button,
                               const char *name)
{
  g_return_if_fail (GTK_IS_BUTTON (button));

  g_object_set_data_full (G_OBJECT (button), BUTTON_NAME, g_strdup (name), g_free);
  give_button_name (button);
}

static GtkWidget *
find_text (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = GTK_IS_TEXT (child) ? child : find_text (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * ladder_accessible_mend_entry_row:
 * @row: an entry row not yet shown
 *
 * In libadwaita 1.2 the text field of an entry row is no accessible object of its own, and
 * GTK 4.8 tells a screen reader its focus through its parent, a part of the row that never
 * has the focus: Orca never heard the focus arrive ("Zoe selected", not "Name text Zoe"), nor
 * the dialog opened with it. The field becomes a text box named by the row's title, and the
 * row, a text box too that never has the focus, steps aside (Orca said "Name text" twice, for
 * it and for the field). Only before the row is shown: GTK fixes a role once an assistive
 * technology has seen it.
 */
void
ladder_accessible_mend_entry_row (AdwEntryRow *row)
{
  GtkWidget *text = find_text (GTK_WIDGET (row));

  g_return_if_fail (!gtk_widget_get_realized (GTK_WIDGET (row)));
  /* Seen with GTK 4.8 and libadwaita 1.2 (Debian 12). GTK 4.10 reworked how a widget's place
   * in the accessible tree is found: there (the Flatpak's runtime), the row is left as
   * libadwaita makes it. */
  if (text == NULL || gtk_get_minor_version () >= 10)
    return;
  g_object_set (text, "accessible-role", GTK_ACCESSIBLE_ROLE_TEXT_BOX, NULL);
  g_object_set (row, "accessible-role", GTK_ACCESSIBLE_ROLE_GENERIC, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (text), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), -1);
}
