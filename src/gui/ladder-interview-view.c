/* SPDX-License-Identifier: GPL-3.0-or-later
 * The Interview view: each question with its answer in an editor; copy one or all, redraft one
 * (asking first when the person edited it), a note when the plan changed after the draft, and
 * questions of the person's own. */
#define G_LOG_DOMAIN "ladder-interview-view"

#include "config.h"

#include "ladder-i18n.h"

#include "core/ladder-format.h"
#include "core/ladder-interview.h"
#include "ladder-profile-property.h"
#include "ladder-accessible.h"
#include "ladder-interview-view.h"
#include "ladder-toast.h"
#include "ladder-wrap-box.h"

#define EDIT_DELAY_MS 400

struct _LadderInterviewView
{
  GtkWidget parent_instance;

  LadderProfile *profile;
  GSignalGroup *profile_signals;
  AdwEntryRow *company_row;
  AdwEntryRow *role_row;
  GHashTable *editors; /* question → GtkTextView */
  GHashTable *pending; /* questions with an edit not yet in the profile */
  guint edit_source;
  gboolean in_place;   /* a change the editors already show: do not rebuild */

  GtkBox *questions_box;

};

G_DEFINE_FINAL_TYPE (LadderInterviewView, ladder_interview_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PROFILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void rebuild (LadderInterviewView *self);

static char *
editor_text (GtkTextView *editor)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (editor);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Writes pending edits into the profile, which saves them. */
void
ladder_interview_view_save_now (LadderInterviewView *self)
{
  GHashTableIter iter;
  const char *question;

  g_return_if_fail (LADDER_IS_INTERVIEW_VIEW (self));

  g_clear_handle_id (&self->edit_source, g_source_remove);
  if (self->profile == NULL)
    {
      g_hash_table_remove_all (self->pending);
      return;
    }
  self->in_place = TRUE;
  g_hash_table_iter_init (&iter, self->pending);
  while (g_hash_table_iter_next (&iter, (gpointer *) &question, NULL))
    {
      GtkTextView *editor = g_hash_table_lookup (self->editors, question);
      const LadderAnswer *answer = ladder_profile_lookup_answer (self->profile, question);
      g_autofree char *text = NULL;

      if (editor == NULL || answer == NULL)
        continue;
      text = editor_text (editor);
      if (g_strcmp0 (text, answer->answer) != 0)
        ladder_profile_set_answer (self->profile, question, text, TRUE, answer->plan_generated);
    }
  self->in_place = FALSE;
  g_hash_table_remove_all (self->pending);
}

static gboolean
edit_timeout_cb (gpointer user_data)
{
  LadderInterviewView *self = user_data;

  self->edit_source = 0;
  ladder_interview_view_save_now (self);
  return G_SOURCE_REMOVE;
}

static void
on_buffer_changed_cb (GtkTextBuffer       *buffer,
                      LadderInterviewView *self)
{
  const char *question = g_object_get_data (G_OBJECT (buffer), "question");

  if (g_object_get_data (G_OBJECT (buffer), "loading") != NULL)
    return;
  g_hash_table_add (self->pending, g_strdup (question));
  g_clear_handle_id (&self->edit_source, g_source_remove);
  self->edit_source = g_timeout_add (EDIT_DELAY_MS, edit_timeout_cb, self);
}

static GtkWidget *
action_button (const char *label,
               const char *action,
               const char *question)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", question);
  return button;
}

/* Copy, and beside it the same answer in each other language: for an application in English
 * from a Chinese or Russian desktop. */
static GtkWidget *
copy_button (const char *question)
{
  GtkWidget *button = adw_split_button_new ();
  g_autoptr (GMenu) menu = g_menu_new ();

  adw_split_button_set_label (ADW_SPLIT_BUTTON (button), _("_Copy"));
  adw_split_button_set_use_underline (ADW_SPLIT_BUTTON (button), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "interview.copy");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", question);
  for (const char * const *code = ladder_format_languages (); *code != NULL; code++)
    {
      g_autofree char *label = NULL;
      g_autoptr (GMenuItem) item = NULL;

      if (g_str_equal (*code, ladder_format_language ()))
        continue;
      /* Translators: a menu item beside Copy; %s is a language's own name ("English",
       * "Русский") */
      label = g_strdup_printf (_("Copy in %s"), ladder_format_language_name (*code));
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (item, "interview.copy-in", "(ss)", question, *code);
      g_menu_append_item (menu, item);
    }
  adw_split_button_set_menu_model (ADW_SPLIT_BUTTON (button), G_MENU_MODEL (menu));
  /* libadwaita 1.2 leaves the arrow without a name: it says what it opens. */
  for (GtkWidget *child = gtk_widget_get_first_child (button); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_MENU_BUTTON (child))
      {
        gtk_widget_set_tooltip_text (child, _("Copy in Another Language"));
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        _("Copy in Another Language"), -1);
      }
  return button;
}

/* What a card's button acts on, for a screen reader: four cards have four "Copy" buttons. The
 * name stays the button's own word (GTK 4.8 would join a second name to it); the description
 * says which answer. */
static void
describe_button (GtkWidget  *button,
                 const char *description)
{
  if (ADW_IS_SPLIT_BUTTON (button))
    for (GtkWidget *child = gtk_widget_get_first_child (button); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      if (GTK_IS_BUTTON (child))
        button = child; /* the part that copies, which takes the focus */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description, -1);
}

static GtkWidget *
question_card (LadderInterviewView *self,
               const LadderAnswer  *answer,
               gboolean             read_only)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *title = gtk_label_new (ladder_interview_question_text (self->profile,
                                                                    answer->question));
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *editor = gtk_text_view_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  /* Tab moves on, as in every other field: an answer has no use for tab characters. */
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (editor), FALSE);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  gboolean custom = g_str_has_prefix (answer->question, "custom:");

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "title-4");
  gtk_box_append (GTK_BOX (box), title);

  if (ladder_interview_is_stale (self->profile, answer->question) && answer->edited)
    {
      GtkWidget *note = gtk_label_new (_("Your plan changed after this answer was drafted. "
                                         "Redraft it, or check that it still matches."));

      gtk_label_set_xalign (GTK_LABEL (note), 0);
      gtk_label_set_wrap (GTK_LABEL (note), TRUE);
      gtk_widget_add_css_class (note, "warning");
      gtk_widget_add_css_class (note, "stale-note");
      gtk_box_append (GTK_BOX (box), note);
    }

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (editor), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (editor), !read_only);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (editor), 12);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (editor), 12);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (editor), 12);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (editor), 12);
  gtk_text_view_set_pixels_inside_wrap (GTK_TEXT_VIEW (editor), 3);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (editor), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                  title, NULL, -1);
  g_object_set_data (G_OBJECT (buffer), "loading", GINT_TO_POINTER (1));
  gtk_text_buffer_set_text (buffer, answer->answer != NULL ? answer->answer : "", -1);
  g_object_set_data (G_OBJECT (buffer), "loading", NULL);
  g_object_set_data_full (G_OBJECT (buffer), "question", g_strdup (answer->question), g_free);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (on_buffer_changed_cb), self, 0);
  {
    /* The answer grows with its text, up to a point, then scrolls. */
    GtkWidget *scroller = gtk_scrolled_window_new ();

    gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                    GTK_POLICY_AUTOMATIC);
    gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
    gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 210);
    gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 420);
    gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), editor);
    gtk_frame_set_child (GTK_FRAME (frame), scroller);
  }
  gtk_widget_add_css_class (frame, "view");
  gtk_box_append (GTK_BOX (box), frame);

  gtk_widget_set_halign (buttons, GTK_ALIGN_END);
  {
    const char *question = ladder_interview_question_text (self->profile, answer->question);
    GtkWidget *copy = copy_button (answer->question);
    GtkWidget *other;
    /* Translators: what a screen reader adds to an answer's Copy button; %s is the question */
    g_autofree char *copies = g_strdup_printf (_("Copies the answer to “%s”"), question);
    g_autofree char *does = NULL;

    if (!custom)
      {
        other = action_button (_("_Redraft…"), "interview.redraft", answer->question);
        /* Translators: what a screen reader adds to an answer's Redraft button */
        does = g_strdup_printf (_("Drafts the answer to “%s” again"), question);
      }
    else
      {
        other = action_button (_("_Remove"), "interview.remove", answer->question);
        /* Translators: what a screen reader adds to one's own question's Remove button */
        does = g_strdup_printf (_("Removes the question “%s”"), question);
      }
    describe_button (copy, copies);
    describe_button (other, does);
    gtk_box_append (GTK_BOX (buttons), copy);
    gtk_box_append (GTK_BOX (buttons), other);
  }
  gtk_widget_set_sensitive (gtk_widget_get_last_child (buttons), !read_only);
  gtk_box_append (GTK_BOX (box), buttons);

  g_hash_table_insert (self->editors, g_strdup (answer->question), editor);
  return box;
}

static void
rebuild (LadderInterviewView *self)
{
  GtkWidget *child;
  gboolean read_only;

  if (self->in_place)
    return;
  ladder_interview_view_save_now (self);
  g_hash_table_remove_all (self->editors);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->questions_box))) != NULL)
    gtk_box_remove (self->questions_box, child);
  if (self->profile == NULL)
    return;

  read_only = ladder_profile_get_read_only (self->profile);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "interview.add-question", !read_only);
  for (guint i = 0; i < ladder_profile_get_n_answers (self->profile); i++)
    gtk_box_append (self->questions_box,
                    question_card (self, ladder_profile_get_answer (self->profile, i),
                                   read_only));
}

/* Drafts what is missing, and refreshes drafts the person has not touched when the plan
 * changed. Nothing the person wrote is replaced. */
static void
refresh_drafts (LadderInterviewView *self)
{
  if (self->profile == NULL || ladder_profile_get_read_only (self->profile))
    return;
  ladder_interview_view_save_now (self);
  ladder_interview_fill (ladder_profile_get_framework (self->profile), self->profile, TRUE);
}

static void
on_plan_changed_cb (LadderInterviewView *self)
{
  refresh_drafts (self);
  rebuild (self);
}

/* ---- Where the person applies ------------------------------------------------------------ */

/* The rows show the profile's company and role, unless the person is typing in them. */
static void
sync_applying (LadderInterviewView *self)
{
  AdwEntryRow *rows[] = { self->company_row, self->role_row };
  const char *values[2] = { NULL, NULL };

  if (self->profile != NULL)
    {
      values[0] = ladder_profile_get_applying_company (self->profile);
      values[1] = ladder_profile_get_applying_role (self->profile);
    }
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

      if (focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (rows[i])))
        continue;
      if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (rows[i])),
                     values[i] != NULL ? values[i] : "") != 0)
        gtk_editable_set_text (GTK_EDITABLE (rows[i]), values[i] != NULL ? values[i] : "");
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->company_row),
                            self->profile != NULL && !ladder_profile_get_read_only (self->profile));
  gtk_widget_set_sensitive (GTK_WIDGET (self->role_row),
                            self->profile != NULL && !ladder_profile_get_read_only (self->profile));
}

/* Enter, or the row's apply button: the profile takes both, and the drafts the person has not
 * edited say them, as one step. */
static void
on_applying_apply_cb (LadderInterviewView *self)
{
  if (self->profile == NULL || ladder_profile_get_read_only (self->profile))
    return;
  ladder_interview_view_save_now (self);
  ladder_profile_set_applying (self->profile,
                               gtk_editable_get_text (GTK_EDITABLE (self->company_row)),
                               gtk_editable_get_text (GTK_EDITABLE (self->role_row)));
  ladder_interview_redraft_untouched (ladder_profile_get_framework (self->profile), self->profile);
}

/* ---- Actions ---------------------------------------------------------------------------- */

static void
copy_text (LadderInterviewView *self,
           const char          *text)
{
  gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), text);
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LadderInterviewView *self = LADDER_INTERVIEW_VIEW (widget);
  GtkTextView *editor = g_hash_table_lookup (self->editors,
                                             g_variant_get_string (parameter, NULL));
  g_autofree char *text = NULL;

  if (editor == NULL)
    return;
  text = editor_text (editor);
  copy_text (self, text);
  ladder_toast_show (GTK_WIDGET (self), _("Answer copied"), NULL, NULL);
}

static void
copy_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LadderInterviewView *self = LADDER_INTERVIEW_VIEW (widget);
  const char *question, *language;
  g_autofree char *text = NULL;

  g_variant_get (parameter, "(&s&s)", &question, &language);
  if (self->profile == NULL || !ladder_format_is_language (language))
    return;
  ladder_interview_view_save_now (self);
  text = ladder_interview_answer_in (self->profile, question, language);
  if (text == NULL)
    return;
  copy_text (self, text);
  {
    /* Translators: %s is a language's own name ("English", "Русский") */
    g_autofree char *message = g_strdup_printf (_("Answer copied in %s"),
                                                ladder_format_language_name (language));

    ladder_toast_show (GTK_WIDGET (self), message, NULL, NULL);
  }
}

static void
copy_all_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LadderInterviewView *self = LADDER_INTERVIEW_VIEW (widget);
  g_autoptr (GString) all = g_string_new (NULL);

  if (self->profile == NULL)
    return;
  ladder_interview_view_save_now (self);
  for (guint i = 0; i < ladder_profile_get_n_answers (self->profile); i++)
    {
      const LadderAnswer *answer = ladder_profile_get_answer (self->profile, i);

      g_string_append_printf (all, "%s%s\n\n%s\n", all->len > 0 ? "\n" : "",
                              ladder_interview_question_text (self->profile, answer->question),
                              answer->answer);
    }
  copy_text (self, all->str);
  ladder_toast_show (GTK_WIDGET (self), _("All answers copied"), NULL, NULL);
}

static void
redraft (LadderInterviewView *self,
         const char          *question)
{
  g_autofree char *draft = ladder_interview_draft (ladder_profile_get_framework (self->profile),
                                                   self->profile, question);

  g_hash_table_remove (self->pending, question);
  ladder_profile_set_answer (self->profile, question, draft, FALSE,
                             ladder_profile_get_plan_generated (self->profile));
}

static void
on_redraft_response_cb (AdwMessageDialog    *dialog,
                        const char          *response,
                        LadderInterviewView *self)
{
  const char *question = g_object_get_data (G_OBJECT (dialog), "question");

  if (g_strcmp0 (response, "redraft") == 0 && self->profile != NULL)
    redraft (self, question);
}

static void
redraft_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LadderInterviewView *self = LADDER_INTERVIEW_VIEW (widget);
  const char *question = g_variant_get_string (parameter, NULL);
  const LadderAnswer *answer;
  GtkWidget *dialog;

  if (self->profile == NULL)
    return;
  ladder_interview_view_save_now (self);
  answer = ladder_profile_lookup_answer (self->profile, question);
  if (answer == NULL || !answer->edited)
    {
      redraft (self, question);
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                   _("Replace Your Answer?"),
                                   _("You edited this answer. A fresh draft from your profile "
                                     "and plan will replace your words."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "redraft", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "redraft",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "question", g_strdup (question), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_redraft_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_question_entry_changed_cb (GtkEditable      *entry,
                              AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "add", *text != '\0');
}

static void
on_add_question_response_cb (AdwMessageDialog    *dialog,
                             const char          *response,
                             LadderInterviewView *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  g_autofree char *id = NULL;

  if (g_strcmp0 (response, "add") != 0 || *text == '\0' || self->profile == NULL)
    return;
  id = ladder_profile_add_question (self->profile, text);
}

static void
add_question_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LadderInterviewView *self = LADDER_INTERVIEW_VIEW (widget);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                              _("Add Your Own Question"),
                                              _("A question you expect, to prepare your answer "
                                                "next to the others."));
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_max_length (GTK_ENTRY (entry), 500);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Question"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "add", _("_Add"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "add",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "add", FALSE);
  g_signal_connect (entry, "changed", G_CALLBACK (on_question_entry_changed_cb), dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_add_question_response_cb), self,
                           0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LadderInterviewView *self = LADDER_INTERVIEW_VIEW (widget);
  LadderAnswer *answer;
  g_autofree char *message = NULL;

  ladder_interview_view_save_now (self);
  answer = ladder_profile_remove_answer (self->profile, g_variant_get_string (parameter, NULL),
                                         NULL);
  if (answer == NULL)
    return;
  /* Translators: %s is the person's own interview question */
  message = g_strdup_printf (C_("question", "“%s” removed"),
                             answer->text != NULL ? answer->text : "");
  ladder_answer_free (answer);
  ladder_toast_show_undo (GTK_WIDGET (self), message);
}

/* ---- Object ----------------------------------------------------------------------------- */

void
ladder_interview_view_set_profile (LadderInterviewView *self,
                                   LadderProfile       *profile)
{
  g_return_if_fail (LADDER_IS_INTERVIEW_VIEW (self));
  g_return_if_fail (profile == NULL || LADDER_IS_PROFILE (profile));

  if (self->profile == profile)
    return;
  ladder_interview_view_save_now (self);
  g_signal_group_set_target (self->profile_signals, NULL);
  g_set_object (&self->profile, profile);
  if (profile != NULL)
    refresh_drafts (self);
  g_signal_group_set_target (self->profile_signals, profile);
  rebuild (self);
  sync_applying (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
}

GtkTextView *
ladder_interview_view_get_editor (LadderInterviewView *self,
                                  const char          *question)
{
  g_return_val_if_fail (LADDER_IS_INTERVIEW_VIEW (self), NULL);
  return g_hash_table_lookup (self->editors, question);
}

static void
ladder_interview_view_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  LadderInterviewView *self = LADDER_INTERVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROFILE: g_value_set_object (value, self->profile); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_interview_view_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  LadderInterviewView *self = LADDER_INTERVIEW_VIEW (object);

  switch (prop_id)
    {
    case PROP_PROFILE: ladder_interview_view_set_profile (self, g_value_get_object (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ladder_interview_view_dispose (GObject *object)
{
  LadderInterviewView *self = LADDER_INTERVIEW_VIEW (object);

  if (self->profile != NULL)
    ladder_interview_view_save_now (self);
  g_clear_object (&self->profile_signals);
  g_clear_handle_id (&self->edit_source, g_source_remove);
  g_clear_object (&self->profile);
  g_clear_pointer (&self->editors, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_hash_table_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), LADDER_TYPE_INTERVIEW_VIEW);
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (ladder_interview_view_parent_class)->dispose (object);
}

static void
ladder_interview_view_class_init (LadderInterviewViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ladder_interview_view_dispose;
  object_class->get_property = ladder_interview_view_get_property;
  object_class->set_property = ladder_interview_view_set_property;
  properties[PROP_PROFILE] = ladder_profile_param_spec ();
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LADDER_TYPE_WRAP_BOX);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PATH "/ui/ladder-interview-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LadderInterviewView, questions_box);
  gtk_widget_class_bind_template_child (widget_class, LadderInterviewView, company_row);
  gtk_widget_class_bind_template_child (widget_class, LadderInterviewView, role_row);
  gtk_widget_class_bind_template_callback (widget_class, on_applying_apply_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  gtk_widget_class_install_action (widget_class, "interview.copy", "s", copy_action);
  gtk_widget_class_install_action (widget_class, "interview.copy-all", NULL, copy_all_action);
  gtk_widget_class_install_action (widget_class, "interview.copy-in", "(ss)", copy_in_action);
  gtk_widget_class_install_action (widget_class, "interview.redraft", "s", redraft_action);
  gtk_widget_class_install_action (widget_class, "interview.add-question", NULL,
                                   add_question_action);
  gtk_widget_class_install_action (widget_class, "interview.remove", "s", remove_action);
}

static void
ladder_interview_view_init (LadderInterviewView *self)
{
  self->editors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->pending = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->profile_signals = g_signal_group_new (LADDER_TYPE_PROFILE);
  g_signal_group_connect_object (self->profile_signals, "interview-changed", G_CALLBACK (rebuild),
                                 self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->profile_signals, "plan-changed",
                                 G_CALLBACK (on_plan_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_group_connect_object (self->profile_signals, "changed",
                                 G_CALLBACK (sync_applying), self, G_CONNECT_SWAPPED);
  gtk_widget_init_template (GTK_WIDGET (self));
  ladder_accessible_mend_entry_row (self->company_row);
  ladder_accessible_mend_entry_row (self->role_row);
}
