/* SPDX-License-Identifier: GPL-3.0-or-later
 * The window under a real display: opening a profile, views, delete and undo, first run. */
#include "config.h"

#include "ladder-test-env.h"
#include "ladder-test-gui.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>

#include "gui/ladder-banner.h"
#include "gui/ladder-interview-view.h"
#include "gui/ladder-ladder-view.h"
#include "gui/ladder-rung-tile.h"
#include "core/ladder-format.h"
#include "core/ladder-i18n.h"
#include "core/ladder-planner.h"
#include "core/ladder-framework-store.h"
#include "gui/ladder-frameworks-dialog.h"
#include "gui/ladder-ladder-chart.h"
#include "gui/ladder-new-profile-dialog.h"
#include "gui/ladder-plan-view.h"
#include "gui/ladder-radar.h"
#include "gui/ladder-window.h"

static char *profiles_dir;
static LadderApplication *app;

static void
clear_store (void)
{
  g_autoptr (GDir) dir = g_dir_open (profiles_dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (profiles_dir, name, NULL);

      if (!g_file_test (path, G_FILE_TEST_IS_DIR))
        g_unlink (path);
    }
  g_mkdir_with_parents (profiles_dir, 0755);
}

static void
add_sample (const char *name)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "..", "data", "samples", name,
                                                   NULL);
  g_autofree char *target = g_build_filename (profiles_dir, name, NULL);
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (source, &data, &length, NULL));
  g_assert_true (g_file_set_contents (target, data, length, NULL));
}

static LadderWindow *
open_window (void)
{
  LadderWindow *window = ladder_window_new (app);

  gtk_window_present (GTK_WINDOW (window));
  ladder_test_drain ();
  return window;
}

static void
close_window (LadderWindow *window)
{
  ladder_test_close_window (GTK_WIDGET (window));
}

static const char *
visible_page (LadderWindow *window)
{
  GtkStack *stack = GTK_STACK (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                               LADDER_TYPE_WINDOW,
                                                               "main_stack"));
  return gtk_stack_get_visible_child_name (stack);
}

static void
test_opens_sample (void)
{
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
  LadderWindow *window;
  AdwViewStack *views;

  clear_store ();
  add_sample ("anna-petrova-saas-enterprise.json");
  add_sample ("li-wei-ai-startup.json");
  g_settings_set_string (settings, "last-profile", "li-wei-ai-startup.json");

  window = open_window ();
  g_assert_nonnull (ladder_window_get_profile (window));
  g_assert_cmpstr (ladder_profile_get_name (ladder_window_get_profile (window)), ==, "Li Wei");
  g_assert_cmpstr (visible_page (window), ==, "profile");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (window)));

  views = ADW_VIEW_STACK (gtk_widget_get_template_child (GTK_WIDGET (window), LADDER_TYPE_WINDOW,
                                                          "view_stack"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (views), ==, "ladder");
  for (guint i = 0; i < 4; i++)
    {
      const char *names[] = { "skills", "plan", "interview", "ladder" };

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s",
                                                 names[i]));
      ladder_test_drain ();
      g_assert_cmpstr (adw_view_stack_get_visible_child_name (views), ==, names[i]);
    }

  /* Switching profiles through the profile menu's action, and remembering it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-profile", "s",
                                             "anna-petrova-saas-enterprise.json"));
  g_assert_cmpstr (ladder_profile_get_name (ladder_window_get_profile (window)), ==,
                   "Anna Petrova");
  {
    g_autofree char *last = g_settings_get_string (settings, "last-profile");
    g_assert_cmpstr (last, ==, "anna-petrova-saas-enterprise.json");
  }
  close_window (window);
}

static void
test_edit_is_saved (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderProfile) reloaded = NULL;
  g_autoptr (LadderStore) store = NULL;
  LadderLevelPicker *picker;
  LadderWindow *window;

  clear_store ();
  add_sample ("zhang-min-ecommerce.json");
  window = open_window ();
  /* Through the skills matrix, as a person would. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "skills"));
  ladder_test_drain ();
  picker = ladder_test_find_picker (ladder_window_get_view (window, "skills"), "apis",
                                    "current");
  g_assert_nonnull (picker);
  ladder_level_picker_choose (picker, 5);
  g_assert_cmpint (ladder_profile_lookup_skill (ladder_window_get_profile (window),
                                                "apis")->current, ==, 5);
  /* Closing flushes the pending, debounced save. */
  close_window (window);

  store = ladder_store_new (profiles_dir);
  reloaded = ladder_store_load (store, "zhang-min-ecommerce.json", &error);
  g_assert_no_error (error);
  g_assert_cmpint (ladder_profile_lookup_skill (reloaded, "apis")->current, ==, 5);
}

static void
test_delete_and_undo (void)
{
  g_autofree char *path = g_build_filename (profiles_dir, "li-wei-ai-startup.json", NULL);
  LadderWindow *window;

  clear_store ();
  add_sample ("li-wei-ai-startup.json");
  window = open_window ();
  g_assert_cmpstr (ladder_window_get_file_name (window), ==, "li-wei-ai-startup.json");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.delete-profile", NULL));
  ladder_test_drain ();
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_null (ladder_window_get_profile (window));
  g_assert_cmpstr (visible_page (window), ==, "empty");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-delete", NULL));
  ladder_test_drain ();
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_nonnull (ladder_window_get_profile (window));
  g_assert_cmpstr (ladder_profile_get_name (ladder_window_get_profile (window)), ==, "Li Wei");
  g_assert_cmpstr (visible_page (window), ==, "profile");
  close_window (window);
}

static LadderNewProfileDialog *
find_new_profile_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (LADDER_IS_NEW_PROFILE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return LADDER_NEW_PROFILE_DIALOG (window);
    }
  return NULL;
}

static void
test_first_run (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (LadderStore) store = NULL;
  LadderNewProfileDialog *dialog;
  GtkWidget *create;
  LadderWindow *window;
  LadderProfile *profile;

  clear_store ();
  window = open_window ();
  g_assert_null (ladder_window_get_profile (window));
  g_assert_cmpstr (visible_page (window), ==, "empty");

  dialog = find_new_profile_dialog ();
  g_assert_nonnull (dialog);
  create = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                      LADDER_TYPE_NEW_PROFILE_DIALOG,
                                                      "create_button"));
  g_assert_false (gtk_widget_get_sensitive (create));
  /* Typing goes into the name, not onto the Cancel button. */
  {
    GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (dialog));
    GtkWidget *name = GTK_WIDGET (gtk_widget_get_template_child (
                                    GTK_WIDGET (dialog), LADDER_TYPE_NEW_PROFILE_DIALOG, "name_row"));

    g_assert_nonnull (focus);
    g_assert_true (GTK_IS_TEXT (focus));
    g_assert_true (gtk_widget_is_ancestor (focus, name));
  }
  ladder_new_profile_dialog_set_name (dialog, "  Mia <&> 🚀  ");
  g_assert_true (gtk_widget_get_sensitive (create));
  g_signal_emit_by_name (create, "clicked");
  ladder_test_drain ();

  g_assert_null (find_new_profile_dialog ());
  profile = ladder_window_get_profile (window);
  g_assert_nonnull (profile);
  g_assert_cmpstr (ladder_profile_get_name (profile), ==, "Mia <&> 🚀");
  g_assert_cmpstr (ladder_profile_get_rung (profile), ==, "pm");
  g_assert_cmpstr (ladder_profile_get_target_rung (profile), ==, "senior-pm");
  g_assert_cmpstr (ladder_profile_get_industry (profile), ==, "saas");
  /* Targets start at what the target rung expects. */
  g_assert_cmpint (ladder_profile_lookup_skill (profile, "roadmapping")->target, ==, 3);
  g_assert_cmpstr (visible_page (window), ==, "profile");

  store = ladder_store_new (profiles_dir);
  entries = ladder_store_list (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpstr (((LadderStoreEntry *) entries->pdata[0])->name, ==, "Mia <&> 🚀");
  close_window (window);
}

static char *
buffer_text (GtkTextView *view)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  return gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE);
}

static void
test_interview_edit_kept (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (LadderStore) store = NULL;
  g_autoptr (LadderProfile) saved = NULL;
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
  LadderInterviewView *interview;
  LadderWindow *window;
  GtkTextView *editor;
  g_autofree char *text = NULL;
  const char *mine = "I want to lead a team of PMs within two years — “my words” <&>.";

  clear_store ();
  add_sample ("anna-petrova-saas-enterprise.json");
  add_sample ("li-wei-ai-startup.json");
  g_settings_set_string (settings, "last-profile", "li-wei-ai-startup.json");
  window = open_window ();
  /* Opening the Interview view drafted the four answers. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s",
                                             "interview"));
  ladder_test_drain ();
  interview = LADDER_INTERVIEW_VIEW (ladder_window_get_view (window, "interview"));
  editor = ladder_interview_view_get_editor (interview, "career-plan");
  g_assert_nonnull (editor);
  text = buffer_text (editor);
  g_assert_nonnull (strstr (text, "Product Manager"));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (editor), mine, -1);
  /* Switch away before the edit's pause is over, and back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-profile", "s",
                                             "anna-petrova-saas-enterprise.json"));
  ladder_test_drain ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-profile", "s",
                                             "li-wei-ai-startup.json"));
  ladder_test_drain ();
  editor = ladder_interview_view_get_editor (interview, "career-plan");
  g_clear_pointer (&text, g_free);
  text = buffer_text (editor);
  g_assert_cmpstr (text, ==, mine);

  /* And it is on disk, marked as the person's own. */
  store = ladder_store_new (profiles_dir);
  saved = ladder_store_load (store, "li-wei-ai-startup.json", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ladder_profile_lookup_answer (saved, "career-plan")->answer, ==, mine);
  g_assert_true (ladder_profile_lookup_answer (saved, "career-plan")->edited);

  /* The card's Redraft… asks before replacing the person's words; Replace is a change like any
   * other: Ctrl+Z brings the words back. */
  {
    GtkWidget *redraft = NULL;
    AdwMessageDialog *question;

    for (GtkWidget *card = GTK_WIDGET (editor); card != NULL && redraft == NULL;
         card = gtk_widget_get_parent (card))
      redraft = ladder_test_find_button (card, "_Redraft…");
    g_assert_nonnull (redraft);
    ladder_test_click (redraft);
    ladder_test_drain ();
    question = ladder_test_find_message_dialog ();
    g_assert_nonnull (question);
    ladder_test_click (ladder_test_find_button (GTK_WIDGET (question), "_Replace"));
    ladder_test_drain ();
    editor = ladder_interview_view_get_editor (interview, "career-plan");
    g_clear_pointer (&text, g_free);
    text = buffer_text (editor);
    g_assert_cmpstr (text, !=, mine);
    g_assert_nonnull (strstr (text, "Product Manager"));
    g_assert_false (ladder_profile_lookup_answer (ladder_window_get_profile (window),
                                                  "career-plan")->edited);

    gtk_widget_grab_focus (redraft);
    ladder_test_press_keys (GTK_WIDGET (window), "<Control>z");
    ladder_test_drain ();
    editor = ladder_interview_view_get_editor (interview, "career-plan");
    g_clear_pointer (&text, g_free);
    text = buffer_text (editor);
    g_assert_cmpstr (text, ==, mine);
    g_assert_true (ladder_profile_lookup_answer (ladder_window_get_profile (window),
                                                 "career-plan")->edited);
  }

  /* Copy puts the answer on the clipboard. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (interview), "interview.copy", "s",
                                             "career-plan"));
  {
    GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (interview));
    GdkContentProvider *content = gdk_clipboard_get_content (clipboard);
    g_auto (GValue) value = G_VALUE_INIT;

    g_assert_nonnull (content);
    g_value_init (&value, G_TYPE_STRING);
    g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
    g_assert_cmpstr (g_value_get_string (&value), ==, mine);
  }
  close_window (window);
}

static char *
clipboard_text (GtkWidget *widget)
{
  GdkContentProvider *content = gdk_clipboard_get_content (gtk_widget_get_clipboard (widget));
  g_auto (GValue) value = G_VALUE_INIT;

  g_assert_nonnull (content);
  g_value_init (&value, G_TYPE_STRING);
  g_assert_true (gdk_content_provider_get_value (content, &value, NULL));
  return g_value_dup_string (&value);
}

/* The menu beside an answer's Copy button copies it in another language: a draft as it is
 * drafted in that language, from the plan's words in it; an answer the person wrote, as
 * written. The window stays in its language. */
static void
test_copy_answer_in_language (void)
{
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
  const char *mine = "My own answer, in English.";
  g_autofree char *russian = NULL, *chinese = NULL, *edited = NULL;
  LadderInterviewView *interview;
  LadderWindow *window;
  GtkWidget *card, *split, *arrow;

  clear_store ();
  add_sample ("anna-petrova-saas-enterprise.json");
  g_settings_set_string (settings, "last-profile", "anna-petrova-saas-enterprise.json");
  window = open_window ();
  ladder_test_press_keys (GTK_WIDGET (window), "<Alt>4");
  interview = LADDER_INTERVIEW_VIEW (ladder_window_get_view (window, "interview"));

  card = gtk_widget_get_ancestor (GTK_WIDGET (ladder_interview_view_get_editor (interview,
                                                                                "career-plan")),
                                  GTK_TYPE_FRAME);
  card = gtk_widget_get_parent (card);
  split = ladder_test_find_descendant (card, ADW_TYPE_SPLIT_BUTTON);
  g_assert_nonnull (split);
  arrow = ladder_test_find_descendant (split, GTK_TYPE_MENU_BUTTON);
  /* A menu popped up before the new view is placed on its monitor, or again while the last
   * one is closing, makes GTK 4.8 under X ask a monitor that is not there yet. */
  ladder_test_wait (300);
  ladder_test_click (ladder_test_open_menu_item (arrow, "Copy in Русский"));
  russian = clipboard_text (GTK_WIDGET (interview));
  g_assert_nonnull (strstr (russian, "руководителя команды"));
  ladder_test_wait (300);
  ladder_test_click (ladder_test_open_menu_item (arrow, "Copy in 简体中文"));
  chinese = clipboard_text (GTK_WIDGET (interview));
  g_assert_nonnull (strstr (chinese, "团队负责人"));
  /* The window's own answer is still English. */
  g_assert_true (ladder_test_has_label (GTK_WIDGET (interview), "What is your career plan?"));

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (
    ladder_interview_view_get_editor (interview, "career-plan")), mine, -1);
  ladder_test_wait (300);
  ladder_test_click (ladder_test_open_menu_item (arrow, "Copy in Русский"));
  edited = clipboard_text (GTK_WIDGET (interview));
  g_assert_cmpstr (edited, ==, mine);
  close_window (window);
}

/* Another program changes the file while it is open: nothing is written over it, the person
 * is asked, and saving a copy keeps both versions. */
static void
test_changed_elsewhere (void)
{
  g_autofree char *path = g_build_filename (profiles_dir, "li-wei-ai-startup.json", NULL);
  g_autofree char *outside = NULL;
  g_autofree char *after = NULL;
  g_autoptr (LadderStore) store = NULL;
  g_autoptr (LadderProfile) copy = NULL;
  g_autoptr (GError) error = NULL;
  AdwMessageDialog *dialog;
  LadderWindow *window;

  clear_store ();
  add_sample ("li-wei-ai-startup.json");
  window = open_window ();
  g_usleep (20000);
  {
    g_autofree char *read = NULL;

    g_assert_true (g_file_get_contents (path, &read, NULL, NULL));
    outside = g_strconcat (read, " ", NULL); /* still valid JSON, a different file */
  }
  g_assert_true (g_file_set_contents (path, outside, -1, NULL));

  ladder_profile_set_name (ladder_window_get_profile (window), "Li Wei (edited here)");
  g_assert_false (ladder_window_save_now (window));
  ladder_test_drain ();
  dialog = ladder_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, outside);

  ladder_test_click (ladder_test_find_button (GTK_WIDGET (dialog), "Save Mine as a _Copy"));
  ladder_test_drain ();
  g_assert_cmpstr (ladder_window_get_file_name (window), !=, "li-wei-ai-startup.json");
  store = ladder_store_new (profiles_dir);
  copy = ladder_store_load (store, ladder_window_get_file_name (window), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ladder_profile_get_name (copy), ==, "Li Wei (edited here)");
  g_clear_pointer (&after, g_free);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, outside);

  /* "Save Mine as a Copy" gives the views the profile they already hold: they keep following
   * it (the Ladder and Plan views used to stop). */
  {
    LadderProfile *profile = ladder_window_get_profile (window);
    GtkWidget *view;
    GtkLabel *readiness;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s",
                                               "ladder"));
    ladder_test_drain ();
    view = ladder_window_get_view (window, "ladder");
    readiness = GTK_LABEL (gtk_widget_get_template_child (view, LADDER_TYPE_LADDER_VIEW,
                                                          "readiness_label"));
    for (guint i = 0; i < ladder_profile_get_n_skills (profile); i++)
      ladder_profile_set_skill_levels (profile, ladder_profile_get_skill (profile, i)->id, 5, 5);
    ladder_test_drain ();
    g_assert_cmpstr (gtk_label_get_text (readiness), ==, "Readiness: 100 %");
  }
  close_window (window);
}

static LadderProfile *
profile_of (gpointer widget)
{
  LadderProfile *profile = NULL;

  g_object_get (widget, "profile", &profile, NULL);
  if (profile != NULL)
    g_object_unref (profile); /* still held by the widget */
  return profile;
}

/* Every view, and the chart and radar inside them, shows the profile the person opened from
 * the profile menu, whether it was built before or after the switch, shown or hidden. */
static void
test_views_follow_profile (void)
{
  const char *keys[] = { "<Alt>2", "<Alt>3", "<Alt>4", "<Alt>1" };
  const char *views[] = { "ladder", "skills", "plan", "interview" };
  GtkWidget *menu_button, *item;
  LadderProfile *first, *second;
  LadderWindow *window;

  clear_store ();
  add_sample ("li-wei-ai-startup.json");
  add_sample ("anna-petrova-saas-enterprise.json");
  window = open_window ();
  first = ladder_window_get_profile (window);
  g_assert_nonnull (first);
  /* The Plan view is built now, the others after the switch. */
  ladder_test_press_keys (GTK_WIDGET (window), "<Alt>3");
  g_assert_true (profile_of (ladder_window_get_view (window, "plan")) == first);

  menu_button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                           LADDER_TYPE_WINDOW,
                                                           "profile_menu_button"));
  item = ladder_test_open_menu_item (menu_button,
                                     g_str_equal (ladder_profile_get_name (first), "Li Wei")
                                     ? "Anna Petrova" : "Li Wei");
  ladder_test_click (item);
  second = ladder_window_get_profile (window);
  g_assert_true (second != first);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    ladder_test_press_keys (GTK_WIDGET (window), keys[i]);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    g_assert_true (profile_of (ladder_window_get_view (window, views[i])) == second);
  g_assert_true (profile_of (ladder_ladder_view_get_chart (
    LADDER_LADDER_VIEW (ladder_window_get_view (window, "ladder")))) == second);
  g_assert_true (profile_of (ladder_test_find_descendant (ladder_window_get_view (window,
                                                                                  "skills"),
                                                          LADDER_TYPE_RADAR)) == second);

  /* A plan made while the Plan view is hidden is there when it is shown. */
  g_assert_cmpstr (visible_page (window), ==, "profile");
  ladder_planner_regenerate (ladder_framework_get_builtin (), second);
  ladder_test_drain ();
  ladder_test_press_keys (GTK_WIDGET (window), "<Alt>3");
  g_assert_nonnull (ladder_plan_view_get_row (
    LADDER_PLAN_VIEW (ladder_window_get_view (window, "plan")),
    ladder_profile_get_plan_item (second, 0)->id));
  close_window (window);
}

/* The mapped widgets with this style class in @widget, added to @found. */
static GPtrArray *
find_with_class (GtkWidget  *widget,
                 const char *class,
                 GPtrArray  *found)
{
  if (gtk_widget_get_mapped (widget) && gtk_widget_has_css_class (widget, class))
    g_ptr_array_add (found, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_with_class (child, class, found);
  return found;
}

static double
luminance (const guchar *bgra)
{
  double rgb[3];

  for (int i = 0; i < 3; i++)
    {
      double c = bgra[2 - i] / 255.0;

      rgb[i] = c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
    }
  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

/* The contrast of @widget's text against its background, as the window draws them: the
 * background is the colour most of its pixels have, the text its pixel farthest from it. */
static double
drawn_contrast (LadderWindow *window,
                GtkWidget    *widget)
{
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));
  g_autoptr (GdkPaintable) paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr (GskRenderNode) node = NULL;
  g_autoptr (GdkTexture) texture = NULL;
  g_autofree guchar *pixels = g_malloc (width * height * 4);
  graphene_rect_t bounds;
  double background, best = 1;
  int x0, y0;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, pixels, width * 4);
  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (window), &bounds));
  x0 = (int) bounds.origin.x;
  y0 = (int) bounds.origin.y;
  {
    g_autoptr (GHashTable) counts = g_hash_table_new (NULL, NULL);
    guint most = 0, colour = 0;

    for (int y = y0; y < y0 + (int) bounds.size.height && y < height; y++)
      for (int x = x0; x < x0 + (int) bounds.size.width && x < width; x++)
        {
          guint32 pixel;
          guint n;

          memcpy (&pixel, pixels + (y * width + x) * 4, 4);
          n = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (pixel))) + 1;
          g_hash_table_insert (counts, GUINT_TO_POINTER (pixel), GUINT_TO_POINTER (n));
          if (n > most)
            {
              most = n;
              colour = pixel;
            }
        }
    background = luminance ((const guchar *) &colour);
  }
  for (int y = y0; y < y0 + (int) bounds.size.height && y < height; y++)
    for (int x = x0; x < x0 + (int) bounds.size.width && x < width; x++)
      {
        double here = luminance (pixels + (y * width + x) * 4);
        double contrast = (MAX (here, background) + 0.05) / (MIN (here, background) + 0.05);

        best = MAX (best, contrast);
      }
  g_test_message ("%s “%s”: background %.3f, contrast %.2f", G_OBJECT_TYPE_NAME (widget),
                  GTK_IS_LABEL (widget) ? gtk_label_get_text (GTK_LABEL (widget)) : "",
                  background, best);
  return best;
}

/* The rung markers ("Target") and the gap badges are small bold text: 4.5:1 at least, in the
 * light and the dark style (they were 3.3:1 to 3.8:1). */
static void
test_marker_contrast (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  const AdwColorScheme schemes[] = { ADW_COLOR_SCHEME_FORCE_LIGHT, ADW_COLOR_SCHEME_FORCE_DARK };
  const struct { const char *keys, *view, *class; } places[] = {
    { "<Alt>1", "ladder", "rung-marker" },
    { "<Alt>2", "skills", "gap-badge" },
  };
  LadderWindow *window;

  clear_store ();
  add_sample ("anna-petrova-saas-enterprise.json");
  window = open_window ();
  for (guint i = 0; i < G_N_ELEMENTS (schemes) * G_N_ELEMENTS (places); i++)
    {
      g_autoptr (GPtrArray) found = g_ptr_array_new ();
      guint place = i % G_N_ELEMENTS (places);

      adw_style_manager_set_color_scheme (style, schemes[i / G_N_ELEMENTS (places)]);
      ladder_test_press_keys (GTK_WIDGET (window), places[place].keys);
      ladder_test_wait (300);
      find_with_class (ladder_window_get_view (window, places[place].view), places[place].class,
                       found);
      g_assert_cmpuint (found->len, >=, 1);
      for (guint j = 0; j < found->len; j++)
        g_assert_cmpfloat (drawn_contrast (window, g_ptr_array_index (found, j)), >=, 4.5);
    }
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  close_window (window);
}

/* A mapped widget with this tooltip, anywhere in @widget. */
static GtkWidget *
find_by_tooltip (GtkWidget  *widget,
                 const char *tooltip)
{
  if (gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_by_tooltip (child, tooltip);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* On a phone's width (360 px) every view fits, in Russian too (its labels are the longest);
 * the ladder folds: a rung clicked opens its words with "All Rungs" to go back, and the
 * Skills side pane folds behind an Overview button. */
static void
test_narrow (void)
{
  const char *languages[] = { "en", "ru" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      LadderLanguageSaved *saved = ladder_format_use_language (languages[l]);
      LadderWindow *window;
      GtkWidget *ladder, *skills, *tile, *back, *overview;
      AdwLeaflet *leaflet;
      AdwFlap *flap;
      int width;

      clear_store ();
      add_sample ("anna-petrova-saas-enterprise.json");
      window = ladder_window_new (app);
      gtk_window_set_default_size (GTK_WINDOW (window), 360, 640);
      gtk_window_present (GTK_WINDOW (window));
      ladder_test_wait (300);
      /* No view makes the window wider than the 360 px asked for (less the frame's borders). */
      width = gtk_widget_get_width (GTK_WIDGET (window));
      g_assert_cmpint (width, <=, 360);
      for (guint i = 1; i <= 5; i++)
        {
          g_autofree char *keys = g_strdup_printf ("<Alt>%u", i);

          ladder_test_press_keys (GTK_WIDGET (window), keys);
          ladder_test_wait (300);
          g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, width);
        }

      ladder_test_press_keys (GTK_WIDGET (window), "<Alt>1");
      ladder_test_wait (300);
      ladder = ladder_window_get_view (window, "ladder");
      leaflet = ADW_LEAFLET (ladder_test_find_descendant (ladder, ADW_TYPE_LEAFLET));
      g_assert_true (adw_leaflet_get_folded (leaflet));
      tile = ladder_test_find_descendant (ladder, LADDER_TYPE_RUNG_TILE);
      g_assert_null (find_by_tooltip (ladder, _("Back to both tracks")));
      ladder_test_click (tile);
      ladder_test_wait (500);
      g_assert_false (gtk_widget_is_ancestor (tile, adw_leaflet_get_visible_child (leaflet)));
      back = find_by_tooltip (ladder, _("Back to both tracks"));
      g_assert_nonnull (back);
      ladder_test_click (back);
      ladder_test_wait (500);
      g_assert_true (gtk_widget_is_ancestor (tile, adw_leaflet_get_visible_child (leaflet)));
      g_assert_true (gtk_widget_has_focus (tile));

      ladder_test_press_keys (GTK_WIDGET (window), "<Alt>2");
      ladder_test_wait (300);
      skills = ladder_window_get_view (window, "skills");
      flap = ADW_FLAP (ladder_test_find_descendant (skills, ADW_TYPE_FLAP));
      g_assert_true (adw_flap_get_folded (flap));
      g_assert_false (adw_flap_get_reveal_flap (flap));
      overview = find_by_tooltip (skills, _("Overview: the radar of your skill groups"));
      g_assert_nonnull (overview);
      ladder_test_click (overview);
      ladder_test_wait (300);
      g_assert_true (adw_flap_get_reveal_flap (flap));
      close_window (window);
      ladder_format_restore_language (saved);
    }
}

/* With the focus inside a view, switching views with the keys never leaves it on something
 * hidden: it goes into the view shown, and back where it was when the person returns. */
static void
test_focus_follows_view (void)
{
  LadderWindow *window;
  GtkWidget *picker, *focus, *plan;

  clear_store ();
  add_sample ("anna-petrova-saas-enterprise.json");
  window = open_window ();
  ladder_test_press_keys (GTK_WIDGET (window), "<Alt>2");
  ladder_test_wait (100);
  picker = GTK_WIDGET (ladder_test_find_picker (ladder_window_get_view (window, "skills"),
                                                "apis", "current"));
  g_assert_nonnull (picker);
  g_assert_true (gtk_widget_grab_focus (picker));
  /* As after a click on the picker: GTK hides the focus ring. */
  gtk_window_set_focus_visible (GTK_WINDOW (window), FALSE);

  ladder_test_press_keys (GTK_WIDGET (window), "<Alt>3");
  ladder_test_wait (100);
  plan = ladder_window_get_view (window, "plan");
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_drawable (focus));
  g_assert_true (gtk_widget_is_ancestor (focus, plan));
  /* The key moved it: its ring shows where it went. */
  g_assert_true (gtk_window_get_focus_visible (GTK_WINDOW (window)));

  ladder_test_press_keys (GTK_WIDGET (window), "<Alt>2");
  ladder_test_wait (100);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == picker);
  close_window (window);
}

/* Tab through the Ladder view stops on the rung tiles and what only the side pane says, not
 * on the side pane's title, scope and reason, which each tile says already; and it goes on
 * out of the view and round again (a label taken out of the Tab order the wrong way kept Tab
 * on the rung). */
static void
test_ladder_tab_stops (void)
{
  LadderWindow *window;
  GtkWidget *view, *first = NULL;
  guint labels = 0, tiles = 0, outside = 0;

  clear_store ();
  add_sample ("anna-petrova-saas-enterprise.json");
  window = open_window ();
  ladder_test_press_keys (GTK_WIDGET (window), "<Alt>1");
  view = ladder_window_get_view (window, "ladder");
  for (guint i = 0; i < 300; i++)
    {
      GtkWidget *focus;

      /* What Tab does: past the last stop, it starts again from the first. */
      if (!gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD))
        {
          gtk_window_set_focus (GTK_WINDOW (window), NULL);
          gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD);
        }
      focus = gtk_root_get_focus (GTK_ROOT (window));
      if (focus == first)
        break;
      if (first == NULL)
        first = focus;
      if (focus == NULL || !gtk_widget_is_ancestor (focus, view))
        {
          outside++;
          continue;
        }
      if (GTK_IS_LABEL (focus))
        labels++;
      if (LADDER_IS_RUNG_TILE (focus))
        tiles++;
    }
  g_assert_cmpuint (tiles, >, 0);
  g_assert_cmpuint (outside, >, 0);
  g_assert_cmpuint (labels, ==, 1); /* what is expected at the rung */
  close_window (window);
}

static void
test_removed_elsewhere (void)
{
  g_autofree char *path = g_build_filename (profiles_dir, "li-wei-ai-startup.json", NULL);
  AdwMessageDialog *dialog;
  LadderWindow *window;

  clear_store ();
  add_sample ("li-wei-ai-startup.json");
  window = open_window ();
  g_assert_cmpint (g_unlink (path), ==, 0);

  ladder_profile_set_name (ladder_window_get_profile (window), "Li Wei, still here");
  g_assert_false (ladder_window_save_now (window));
  ladder_test_drain ();
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  dialog = ladder_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  ladder_test_click (ladder_test_find_button (GTK_WIDGET (dialog), "_Save It Again"));
  ladder_test_drain ();
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  {
    g_autoptr (GError) error = NULL;
    g_autoptr (LadderStore) store = ladder_store_new (profiles_dir);
    g_autoptr (LadderProfile) saved = ladder_store_load (store, "li-wei-ai-startup.json", &error);

    g_assert_no_error (error);
    g_assert_cmpstr (ladder_profile_get_name (saved), ==, "Li Wei, still here");
  }
  close_window (window);
}

static GtkWindow *find_toplevel (GType type);

/* Looking, exporting, duplicating, switching away and back and closing, with no edit, write
 * nothing: the file is byte for byte what it was, its time too, and no earlier version is
 * kept (a backup that held the edited file after one normal close protected nothing). */
static void
test_no_edit_no_write (void)
{
  g_autofree char *path = g_build_filename (profiles_dir, "li-wei-ai-startup.json", NULL);
  g_autofree char *versions = g_build_filename (profiles_dir, ".versions",
                                                "li-wei-ai-startup.json", NULL);
  g_autofree char *pdf = g_build_filename (g_get_tmp_dir (), "ladder-no-edit.pdf", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GtkWidget *menu_button, *item;
  LadderWindow *window;
  GStatBuf was, is;

  clear_store ();
  add_sample ("li-wei-ai-startup.json");
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  g_assert_cmpint (g_stat (path, &was), ==, 0);
  g_unlink (pdf);
  ladder_test_remove_tree (versions); /* earlier tests' versions of this sample */

  window = open_window ();
  menu_button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                           LADDER_TYPE_WINDOW,
                                                           "profile_menu_button"));
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *keys = g_strdup_printf ("<Alt>%u", 5 - i);

      ladder_test_press_keys (GTK_WIDGET (window), keys);
    }
  ladder_window_export_report (window, pdf, TRUE, NULL);
  for (guint i = 0; i < 200 && !g_file_test (pdf, G_FILE_TEST_IS_REGULAR); i++)
    ladder_test_wait (50);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));

  item = ladder_test_open_menu_item (menu_button, "Duplicate");
  g_assert_nonnull (item);
  ladder_test_click (item);
  ladder_test_drain ();
  g_assert_cmpstr (ladder_window_get_file_name (window), !=, "li-wei-ai-startup.json");
  item = ladder_test_open_menu_item (menu_button, "Li Wei");
  g_assert_nonnull (item);
  ladder_test_click (item);
  ladder_test_drain ();
  g_assert_cmpstr (ladder_window_get_file_name (window), ==, "li-wei-ai-startup.json");
  close_window (window);

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (g_stat (path, &is), ==, 0);
  g_assert_cmpint (is.st_mtim.tv_sec, ==, was.st_mtim.tv_sec);
  g_assert_cmpint (is.st_mtim.tv_nsec, ==, was.st_mtim.tv_nsec);
  g_assert_false (g_file_test (versions, G_FILE_TEST_EXISTS));
  g_unlink (pdf);
}

/* A profile that opens read-only says why in full under the header (a toast cut the reason
 * off), with the way out as a button, and keeps saying it until dismissed. */
static void
test_read_only_says_why (void)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                   "li-wei-ai-startup.json", NULL);
  g_autofree char *target = g_build_filename (profiles_dir, "gone.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr (GString) moved = NULL;
  GtkWidget *banner, *button, *dismiss;
  LadderWindow *window;
  const char *message;

  clear_store ();
  g_assert_true (g_file_get_contents (source, &text, NULL, NULL));
  moved = g_string_new (text);
  g_assert_cmpuint (g_string_replace (moved, "\"builtin:pm\"", "\"company:gone-ladder\"", 0),
                    ==, 1);
  g_assert_true (g_file_set_contents (target, moved->str, -1, NULL));
  window = open_window ();
  g_assert_true (ladder_profile_get_read_only (ladder_window_get_profile (window)));

  message = ladder_window_get_message (window);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "“gone-ladder” is not on this computer"));
  g_assert_true (g_str_has_suffix (message, "nothing you change will be saved."));
  banner = ladder_test_find_descendant (GTK_WIDGET (window), LADDER_TYPE_BANNER);
  g_assert_true (ladder_test_has_label (banner, message));

  /* Its button opens the company ladders, where the ladder is imported again. */
  button = ladder_test_find_button (banner, "Company _Ladders…");
  g_assert_nonnull (button);
  ladder_test_click (button);
  ladder_test_drain ();
  g_assert_nonnull (find_toplevel (LADDER_TYPE_FRAMEWORKS_DIALOG));
  gtk_window_close (GTK_WINDOW (find_toplevel (LADDER_TYPE_FRAMEWORKS_DIALOG)));
  ladder_test_drain ();
  g_assert_cmpstr (ladder_window_get_message (window), ==, message);

  /* Dismissed: gone, and the focus is not lost with its button. */
  dismiss = gtk_widget_get_next_sibling (gtk_widget_get_parent (button));
  g_assert_true (GTK_IS_BUTTON (dismiss));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (dismiss), ==, "Dismiss");
  gtk_widget_grab_focus (dismiss);
  ladder_test_click (dismiss);
  ladder_test_drain ();
  g_assert_null (ladder_window_get_message (window));
  g_assert_nonnull (gtk_root_get_focus (GTK_ROOT (window)));
  g_assert_false (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), banner));
  close_window (window);
}

/* `ladder FILE.json`: a file from elsewhere is imported; one already in the store is opened. */
static void
test_open_file (void)
{
  g_autofree char *outside = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                    "zhang-min-ecommerce.json", NULL);
  g_autofree char *inside = g_build_filename (profiles_dir, "li-wei-ai-startup.json", NULL);
  g_autoptr (GFile) outside_file = g_file_new_for_path (outside);
  g_autoptr (GFile) inside_file = g_file_new_for_path (inside);
  g_autoptr (LadderStore) store = NULL;
  g_autoptr (GPtrArray) entries = NULL;
  LadderWindow *window;

  clear_store ();
  add_sample ("li-wei-ai-startup.json");
  add_sample ("anna-petrova-saas-enterprise.json");
  window = open_window ();

  ladder_window_import_file (window, outside_file);
  ladder_test_drain ();
  g_assert_cmpstr (ladder_profile_get_name (ladder_window_get_profile (window)), ==,
                   "张敏 (Zhang Min)");

  ladder_window_import_file (window, inside_file);
  ladder_test_drain ();
  g_assert_cmpstr (ladder_window_get_file_name (window), ==, "li-wei-ai-startup.json");

  /* A pipe (`ladder pipe.json`, or one forwarded to this window) is refused at once, never
   * waited on; the window keeps its profile. */
  {
    g_autofree char *fifo = g_build_filename (g_get_tmp_dir (), "ladder-test-pipe.json", NULL);
    g_autoptr (GFile) fifo_file = g_file_new_for_path (fifo);
    AdwMessageDialog *refusal;

    g_unlink (fifo);
    g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
    ladder_window_import_file (window, fifo_file);
    ladder_test_drain ();
    refusal = ladder_test_find_message_dialog ();
    g_assert_nonnull (refusal);
    g_assert_nonnull (strstr (adw_message_dialog_get_body (refusal), "not a file but"));
    ladder_test_click (ladder_test_find_button (GTK_WIDGET (refusal), "_Close"));
    ladder_test_drain ();
    g_assert_null (ladder_test_find_message_dialog ());
    g_assert_cmpstr (ladder_window_get_file_name (window), ==, "li-wei-ai-startup.json");
    g_unlink (fifo);
  }
  store = ladder_store_new (profiles_dir);
  entries = ladder_store_list (store, NULL);
  g_assert_cmpuint (entries->len, ==, 3);
  close_window (window);
}

static gboolean
has_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return TRUE;
    }
  return FALSE;
}

/* Names as typed in the profile menu: an underscore is not a mnemonic, an empty name shows the
 * file. */
static void
test_menu_labels (void)
{
  g_autofree char *source = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                   "li-wei-ai-startup.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr (GString) underscore = NULL;
  g_autoptr (GString) blank = NULL;
  g_autofree char *path_a = g_build_filename (profiles_dir, "ops.json", NULL);
  g_autofree char *path_b = g_build_filename (profiles_dir, "blank.json", NULL);
  GMenuModel *menu, *section;
  g_autoptr (GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  LadderWindow *window;

  clear_store ();
  g_assert_true (g_file_get_contents (source, &text, NULL, NULL));
  underscore = g_string_new (text);
  g_string_replace (underscore, "\"Li Wei\"", "\"product_ops\"", 1);
  blank = g_string_new (text);
  g_string_replace (blank, "\"Li Wei\"", "\" \"", 1);
  g_assert_true (g_file_set_contents (path_a, underscore->str, -1, NULL));
  g_assert_true (g_file_set_contents (path_b, blank->str, -1, NULL));

  window = open_window ();
  /* The profiles are listed when the menu opens: F9, as a person opens it. */
  ladder_test_press_keys (GTK_WIDGET (window), "F9");
  ladder_test_wait (200);
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (gtk_widget_get_template_child (
    GTK_WIDGET (window), LADDER_TYPE_WINDOW, "profile_menu_button")));
  section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  for (int i = 0; i < g_menu_model_get_n_items (section); i++)
    {
      char *label = NULL;

      g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_LABEL, "s", &label);
      g_ptr_array_add (labels, label);
    }
  g_object_unref (section);
  g_assert_true (g_ptr_array_find_with_equal_func (labels, "product__ops", g_str_equal, NULL));
  g_assert_true (g_ptr_array_find_with_equal_func (labels, "blank.json (no name)", g_str_equal,
                                                   NULL));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (gtk_widget_get_template_child (
    GTK_WIDGET (window), LADDER_TYPE_WINDOW, "profile_menu_button")));
  close_window (window);
}

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr (GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WINDOW (window);
    }
  return NULL;
}

/* A button that opens a dialog keeps the focus when the dialog closes: the keyboard goes on
 * from where it was. */
static void
test_focus_after_dialog (void)
{
  LadderWindow *window;
  GtkWidget *view, *button;
  AdwMessageDialog *dialog;

  clear_store ();
  add_sample ("anna-petrova-saas-enterprise.json");
  window = open_window ();
  ladder_test_press_keys (GTK_WIDGET (window), "<Alt>5");
  ladder_test_wait (100);
  view = ladder_window_get_view (window, "progress");
  button = ladder_test_find_button (view, "Check _In…");
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_grab_focus (button));
  ladder_test_click (button);
  dialog = ladder_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  ladder_test_click (ladder_test_find_button (GTK_WIDGET (dialog), "_Cancel"));
  ladder_test_wait (200);
  g_assert_null (ladder_test_find_message_dialog ());
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == button);
  close_window (window);
}

static GFile *
chooser_folder (GtkFileChooser *chooser)
{
  GFile *folder = gtk_file_chooser_get_current_folder (chooser);

  g_assert_nonnull (folder);
  return folder;
}

/* Ctrl+E offers the PDF at home (no Documents folder here), not in the folder the tests run
 * in; after an export to another folder, the next one is offered there, with its own name. */
static void
test_export_folder (void)
{
  g_autofree char *elsewhere = g_build_filename (g_get_home_dir (), "Plans & <drafts>", NULL);
  g_autofree char *pdf = NULL;
  g_autoptr (GFile) home = g_file_new_for_path (g_get_home_dir ());
  g_autoptr (GFile) there = g_file_new_for_path (elsewhere);
  g_autoptr (GFile) offered = NULL;
  g_autoptr (GFile) offered_again = NULL;
  g_autofree char *name = NULL;
  GtkFileChooser *chooser;
  LadderWindow *window;

  clear_store ();
  add_sample ("anna-petrova-saas-enterprise.json");
  g_assert_cmpint (g_mkdir_with_parents (elsewhere, 0700), ==, 0);
  window = open_window ();

  ladder_test_press_keys (GTK_WIDGET (window), "<Control>e");
  chooser = GTK_FILE_CHOOSER (find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_assert_nonnull (chooser);
  offered = chooser_folder (chooser);
  g_assert_true (g_file_equal (offered, home));
  name = gtk_file_chooser_get_current_name (chooser);
  g_assert_true (g_str_has_suffix (name, ".pdf"));

  /* The person goes to another folder and exports there. */
  g_assert_true (gtk_file_chooser_set_current_folder (chooser, there, NULL));
  ladder_test_wait (200);
  ladder_test_click (ladder_test_find_button (GTK_WIDGET (chooser), "_Export"));
  pdf = g_build_filename (elsewhere, name, NULL);
  for (guint i = 0; i < 200 && !g_file_test (pdf, G_FILE_TEST_EXISTS); i++)
    ladder_test_wait (25);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_EXISTS));
  ladder_test_wait (500);

  ladder_test_press_keys (GTK_WIDGET (window), "<Control>e");
  chooser = GTK_FILE_CHOOSER (find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  g_assert_nonnull (chooser);
  offered_again = chooser_folder (chooser);
  g_assert_true (g_file_equal (offered_again, there));
  g_free (name);
  name = gtk_file_chooser_get_current_name (chooser);
  g_assert_true (g_str_has_suffix (name, ".pdf"));
  ladder_test_click (ladder_test_find_button (GTK_WIDGET (chooser), "_Cancel"));
  g_assert_null (find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
  close_window (window);
}

/* A company's ladder from a spreadsheet, end to end, as a person does it: Company Ladders in
 * the profile menu, the file (what the file chooser hands over), the columns said, Add Ladder,
 * New Profile beside it, a name, Create; the ladder view then shows the company's rungs. */
static void
test_company_ladder (void)
{
  /* Semicolons, a byte order mark, CRLF, a group column exported from merged cells, a cell
   * with a line break and quotes, markup and a formula that must stay text. */
  const char *csv =
    "\xef\xbb\xbf" "Area;Competency;APM;PM;Senior PM;Principal PM;Group PM;Director\r\n"
    "Craft;Discovery;Joins interviews;\"Runs interviews.\r\nWrites \"\"findings\"\".\";"
    "Plans research;Sets practice;Coaches PMs;Owns strategy\r\n"
    ";Delivery;Ships small changes;Ships features;Ships projects;Ships bets;Runs a group;"
    "Runs the org\r\n"
    "Business;<b>Sense</b> & money;Knows the model;Tracks metrics;Owns a line;Shapes the model;"
    "Owns group P&L;=HYPERLINK(\"http://x\")\r\n";
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "acme-ladder.csv", NULL);
  g_autofree char *folder = g_build_filename (g_get_user_data_dir (), APPLICATION_ID,
                                              "frameworks", NULL);
  GtkWidget *menu_button, *item, *add, *new_profile, *create, *label;
  AdwPreferencesGroup *columns;
  LadderFrameworksDialog *ladders;
  LadderNewProfileDialog *dialog;
  LadderLadderChart *chart;
  LadderProfile *profile;
  LadderWindow *window;
  LadderRadar *radar;
  GtkWidget *ladder;
  guint n_rows = 0;

  clear_store ();
  add_sample ("li-wei-ai-startup.json");
  g_assert_true (g_file_set_contents (path, csv, -1, NULL));
  window = open_window ();

  menu_button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (window),
                                                           LADDER_TYPE_WINDOW,
                                                           "profile_menu_button"));
  item = ladder_test_open_menu_item (menu_button, "Company Ladders…");
  g_assert_nonnull (item);
  ladder_test_click (item);
  ladders = LADDER_FRAMEWORKS_DIALOG (find_toplevel (LADDER_TYPE_FRAMEWORKS_DIALOG));
  g_assert_nonnull (ladders);
  g_assert_true (ladder_test_has_label (GTK_WIDGET (ladders), "Product management"));

  /* A file that is no text: its reason in a dialog. A table with a competency twice: the
   * preview says why, and Add Ladder cannot be pressed. Nothing is stored. */
  {
    g_autofree char *binary = g_build_filename (g_get_tmp_dir (), "picture.csv", NULL);
    g_autofree char *twice = g_build_filename (g_get_tmp_dir (), "twice.csv", NULL);
    AdwMessageDialog *refusal;
    GtkWidget *understood, *add_button, *back;

    g_assert_true (g_file_set_contents (binary, "\x89PNG\r\n\x1a\n\0\0\0", 11, NULL));
    ladder_frameworks_dialog_import_file (ladders, binary);
    ladder_test_drain ();
    refusal = ladder_test_find_message_dialog ();
    g_assert_nonnull (refusal);
    g_assert_cmpstr (adw_message_dialog_get_heading (refusal), ==,
                     "The Ladder Could Not Be Imported");
    g_assert_nonnull (strstr (adw_message_dialog_get_body (refusal), "zero bytes"));
    ladder_test_click (ladder_test_find_button (GTK_WIDGET (refusal), "_Close"));
    ladder_test_drain ();

    g_assert_true (g_file_set_contents (twice, "Competency,L1\nDiscovery,a\nDiscovery,b\n", -1,
                                        NULL));
    ladder_frameworks_dialog_import_file (ladders, twice);
    ladder_test_drain ();
    understood = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (ladders),
                                                            LADDER_TYPE_FRAMEWORKS_DIALOG,
                                                            "understood_label"));
    add_button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (ladders),
                                                            LADDER_TYPE_FRAMEWORKS_DIALOG,
                                                            "add_button"));
    g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (understood)),
                              "Row 3: the competency “Discovery” is listed twice"));
    g_assert_false (gtk_widget_get_sensitive (add_button));
    back = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (ladders),
                                                      LADDER_TYPE_FRAMEWORKS_DIALOG,
                                                      "back_button"));
    ladder_test_click (back);
    g_assert_false (g_file_test (folder, G_FILE_TEST_EXISTS));
    g_unlink (binary);
    g_unlink (twice);
  }

  ladder_frameworks_dialog_import_file (ladders, path);
  ladder_test_drain ();
  label = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (ladders),
                                                     LADDER_TYPE_FRAMEWORKS_DIALOG,
                                                     "understood_label"));
  /* Understood before anything is said: names, groups, all six levels on one track. */
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "3 competencies, 2 groups"));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)),
                            "Expert track: APM, PM, Senior PM, Principal PM, Group PM, Director"));

  /* Group PM and Director are the management track: the person says so, column by column. */
  columns = ADW_PREFERENCES_GROUP (gtk_widget_get_template_child (GTK_WIDGET (ladders),
                                                                  LADDER_TYPE_FRAMEWORKS_DIALOG,
                                                                  "columns_group"));
  for (GtkWidget *row = ladder_test_find_descendant (GTK_WIDGET (columns), ADW_TYPE_COMBO_ROW);
       row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      const char *title = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));

      n_rows++;
      if (g_str_equal (title, "G: Group PM") || g_str_equal (title, "H: Director"))
        adw_combo_row_set_selected (ADW_COMBO_ROW (row), 1);
    }
  g_assert_cmpuint (n_rows, ==, 8);
  ladder_test_drain ();
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)),
                            "Management track: Group PM, Director"));

  add = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (ladders),
                                                   LADDER_TYPE_FRAMEWORKS_DIALOG, "add_button"));
  g_assert_true (gtk_widget_get_sensitive (add));
  ladder_test_click (add);
  g_assert_true (g_file_test (folder, G_FILE_TEST_IS_DIR));
  g_assert_true (ladder_test_has_label (GTK_WIDGET (ladders), "acme-ladder"));

  new_profile = ladder_test_find_button (GTK_WIDGET (ladders), "_New Profile…");
  /* The first is the built-in ladder's; the company's is the second. */
  g_assert_nonnull (new_profile);
  new_profile = NULL;
  for (GtkWidget *button = ladder_test_find_descendant (GTK_WIDGET (ladders), ADW_TYPE_ACTION_ROW);
       button != NULL; button = gtk_widget_get_next_sibling (button))
    if (g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (button)),
                   "acme-ladder") == 0)
      new_profile = ladder_test_find_button (button, "_New Profile…");
  g_assert_nonnull (new_profile);
  ladder_test_click (new_profile);
  g_assert_null (find_toplevel (LADDER_TYPE_FRAMEWORKS_DIALOG));

  dialog = LADDER_NEW_PROFILE_DIALOG (find_toplevel (LADDER_TYPE_NEW_PROFILE_DIALOG));
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_template_child (
                           GTK_WIDGET (dialog), LADDER_TYPE_NEW_PROFILE_DIALOG, "name_row")),
                         "Dana");
  create = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (dialog),
                                                      LADDER_TYPE_NEW_PROFILE_DIALOG,
                                                      "create_button"));
  ladder_test_click (create);

  profile = ladder_window_get_profile (window);
  g_assert_cmpstr (ladder_profile_get_name (profile), ==, "Dana");
  g_assert_cmpstr (ladder_profile_get_framework_id (profile), ==, "company:acme-ladder");
  g_assert_cmpstr (ladder_profile_get_rung (profile), ==, "r3");
  g_assert_cmpstr (ladder_profile_get_skill_title (profile, "s3"), ==, "<b>Sense</b> & money");

  ladder_test_press_keys (GTK_WIDGET (window), "<Alt>1");
  ladder = ladder_window_get_view (window, "ladder");
  chart = LADDER_LADDER_CHART (ladder_test_find_descendant (ladder, LADDER_TYPE_LADDER_CHART));
  g_assert_cmpuint (ladder_ladder_chart_get_n_tiles (chart), ==, 6);
  g_assert_nonnull (ladder_ladder_chart_get_tile (chart, "management", "r8"));
  g_assert_true (ladder_test_has_label (GTK_WIDGET (chart), "Senior PM"));
  g_assert_true (ladder_test_has_label (GTK_WIDGET (chart), "Management track"));

  /* Two groups make no radar: its axes are the three competencies, and its caption says so. */
  ladder_test_press_keys (GTK_WIDGET (window), "<Alt>2");
  radar = LADDER_RADAR (ladder_test_find_descendant (ladder_window_get_view (window, "skills"),
                                                     LADDER_TYPE_RADAR));
  g_assert_nonnull (strstr (ladder_radar_get_summary (radar), "Delivery: now"));
  g_assert_nonnull (strstr (ladder_radar_get_summary (radar), "<b>Sense</b> & money: now"));
  g_assert_nonnull (strstr (ladder_radar_get_caption (radar), "Each point is a skill."));
  g_assert_true (ladder_test_has_label (ladder_window_get_view (window, "skills"),
                                        "Each point is a skill."));
  close_window (window);
  g_unlink (path);
}

/* A "last-profile" setting that names no store file: a normal window, never a crash. */
static void
test_bad_last_profile (void)
{
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
  const char *values[] = { "../../etc/passwd", "a/b.json", ".hidden.json", "gone.json" };

  clear_store ();
  add_sample ("li-wei-ai-startup.json");
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      LadderWindow *window;

      g_settings_set_string (settings, "last-profile", values[i]);
      window = open_window ();
      g_assert_cmpstr (visible_page (window), ==, "profile");
      g_assert_cmpstr (ladder_window_get_file_name (window), ==, "li-wei-ai-startup.json");
      close_window (window);
    }
}

/* A plan made in Russian reads in English in an English window, and opening it writes nothing;
 * an item the person wrote stays as written and says in which language. From the same window,
 * the report comes out in Chinese. */
static void
test_plan_follows_language (void)
{
  g_autoptr (LadderProfile) made = ladder_test_load_sample ("anna-petrova-saas-enterprise.json");
  g_autofree char *path = g_build_filename (profiles_dir, "anna.json", NULL);
  g_autofree char *pdf = g_build_filename (profiles_dir, "..", "anna-zh.pdf", NULL);
  g_autoptr (GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autofree char *before = NULL, *after = NULL, *edited_id = NULL, *data = NULL;
  g_autofree char *text = NULL;
  LadderLanguageSaved *saved;
  LadderWindow *window;
  GtkWidget *view, *row;
  gsize length;

  clear_store ();
  saved = ladder_format_use_language ("ru");
  ladder_planner_regenerate (ladder_framework_get_builtin (), made);
  for (guint i = 0; i < ladder_profile_get_n_plan_items (made) && edited_id == NULL; i++)
    if (g_str_equal (ladder_profile_get_plan_item (made, i)->kind, "action"))
      edited_id = g_strdup (ladder_profile_get_plan_item (made, i)->id);
  ladder_profile_edit_plan_item (made, edited_id, "Мой собственный шаг", NULL);
  ladder_format_restore_language (saved);
  data = ladder_profile_to_data (made, &length);
  g_assert_true (g_file_set_contents (path, data, length, NULL));
  before = g_strdup (data);
  g_settings_set_string (settings, "last-profile", "anna.json");

  window = open_window ();
  ladder_test_press_keys (GTK_WIDGET (window), "<Alt>3");
  view = ladder_window_get_view (window, "plan");
  row = ladder_plan_view_get_row (LADDER_PLAN_VIEW (view), "goal-1");
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)),
                            "Try leading people"));
  row = ladder_plan_view_get_row (LADDER_PLAN_VIEW (view), edited_id);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   "Мой собственный шаг");
  g_assert_true (ladder_test_has_label (row, "Русский"));

  ladder_window_export_report (window, pdf, TRUE, "zh_CN");
  for (guint i = 0; i < 200; i++)
    {
      const char *argv[] = { "pdftotext", pdf, "-", NULL };

      ladder_test_wait (50);
      g_clear_pointer (&text, g_free);
      if (g_file_test (pdf, G_FILE_TEST_IS_REGULAR) &&
          g_spawn_sync (NULL, (char **) argv, NULL,
                        G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &text,
                        NULL, NULL, NULL) &&
          text != NULL && strstr (text, "职业规划") != NULL)
        break;
    }
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, "职业规划"));
  g_assert_null (strstr (text, "Try leading people"));
  g_assert_nonnull (strstr (text, "Мой собственный шаг"));
  /* The export ends as the window's own do: with "PDF saved" and a button to open the file. */
  for (guint i = 0; i < 200 && ladder_test_find_button (GTK_WIDGET (window), "_Open") == NULL;
       i++)
    ladder_test_wait (50);
  g_assert_nonnull (ladder_test_find_button (GTK_WIDGET (window), "_Open"));
  close_window (window);

  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
}

static void
test_shortcuts_and_about (void)
{
  LadderWindow *window;

  clear_store ();
  add_sample ("li-wei-ai-startup.json");
  window = open_window ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  ladder_test_drain ();
  g_assert_true (has_toplevel (GTK_TYPE_SHORTCUTS_WINDOW));
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  ladder_test_drain ();
  g_assert_true (has_toplevel (ADW_TYPE_ABOUT_WINDOW));
  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = ladder_test_isolate_home ();

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  ladder_test_init_translations ();

  app = ladder_test_register_app ();

  profiles_dir = g_build_filename (g_get_user_data_dir (), APPLICATION_ID, "profiles", NULL);
  g_assert_true (g_str_has_prefix (profiles_dir, g_getenv ("XDG_DATA_HOME")));

  g_test_add_func ("/window/opens-sample", test_opens_sample);
  g_test_add_func ("/window/edit-is-saved", test_edit_is_saved);
  g_test_add_func ("/window/delete-and-undo", test_delete_and_undo);
  g_test_add_func ("/window/first-run", test_first_run);
  g_test_add_func ("/window/interview-edit-kept", test_interview_edit_kept);
  g_test_add_func ("/window/changed-elsewhere", test_changed_elsewhere);
  g_test_add_func ("/window/shortcuts-and-about", test_shortcuts_and_about);
  g_test_add_func ("/window/bad-last-profile", test_bad_last_profile);
  g_test_add_func ("/window/menu-labels", test_menu_labels);
  g_test_add_func ("/window/removed-elsewhere", test_removed_elsewhere);
  g_test_add_func ("/window/open-file", test_open_file);
  g_test_add_func ("/window/read-only-says-why", test_read_only_says_why);
  g_test_add_func ("/window/no-edit-no-write", test_no_edit_no_write);
  g_test_add_func ("/window/views-follow-profile", test_views_follow_profile);
  g_test_add_func ("/window/focus-follows-view", test_focus_follows_view);
  g_test_add_func ("/window/ladder-tab-stops", test_ladder_tab_stops);
  g_test_add_func ("/window/export-folder", test_export_folder);
  g_test_add_func ("/window/focus-after-dialog", test_focus_after_dialog);
  g_test_add_func ("/window/marker-contrast", test_marker_contrast);
  g_test_add_func ("/window/narrow", test_narrow);
  g_test_add_func ("/window/company-ladder", test_company_ladder);
  g_test_add_func ("/window/plan-follows-language", test_plan_follows_language);
  g_test_add_func ("/window/copy-answer-in-language", test_copy_answer_in_language);

  return g_test_run ();
}
