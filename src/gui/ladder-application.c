/* SPDX-License-Identifier: GPL-3.0-or-later
 * The application: app-wide actions, windows, files opened from elsewhere. */
#define G_LOG_DOMAIN "ladder-application"

#include "config.h"

#include "ladder-i18n.h"
#include <glib-unix.h>

#include "ladder-application.h"
#include "ladder-style.h"
#include "ladder-window.h"

struct _LadderApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (LadderApplication, ladder_application, ADW_TYPE_APPLICATION)

LadderApplication *
ladder_application_new (void)
{
  return g_object_new (LADDER_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "register-session", TRUE,
                       "resource-base-path", RESOURCE_PATH,
                       NULL);
}

static LadderWindow *
get_window (LadderApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    window = GTK_WINDOW (ladder_window_new (self));
  return LADDER_WINDOW (window);
}

static void
ladder_application_activate (GApplication *application)
{
  gtk_window_present (GTK_WINDOW (get_window (LADDER_APPLICATION (application))));
}

static void
ladder_application_open (GApplication  *application,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  LadderWindow *window = get_window (LADDER_APPLICATION (application));

  gtk_window_present (GTK_WINDOW (window));
  for (int i = 0; i < n_files; i++)
    ladder_window_import_file (window, files[i]);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  static const char *developers[] = { "The Ladder developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Ladder"),
                         "application-icon", APPLICATION_ID,
                         "developer-name", _("The Ladder developers"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Plan your product management career: the expert and "
                                       "management tracks, your skills, a three-year plan and "
                                       "answers for the interview."),
                         "website", "https://github.com/pmladder/ladder",
                         "developers", developers,
                         /* Translators: your names, one per line */
                         "translator-credits", _("translator-credits"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_autoptr (GList) windows = g_list_copy (gtk_application_get_windows (user_data));

  /* Closing each window flushes its pending save. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
}

/* Logout, shutdown or a plain SIGTERM: what is pending is saved before the process goes. */
static void
save_all (LadderApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (LADDER_IS_WINDOW (l->data))
      ladder_window_save_now (l->data);
}

static gboolean
on_terminate_cb (gpointer user_data)
{
  save_all (user_data);
  g_application_quit (user_data);
  return G_SOURCE_CONTINUE;
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "quit", quit_action },
};

static void
ladder_application_startup (GApplication *application)
{
  GtkApplication *app = GTK_APPLICATION (application);
  static const struct
  {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.new-profile", { "<Control>n", NULL } },
    { "win.rename-profile", { "F2", NULL } },
    { "win.profile-settings", { "<Control>comma", NULL } },
    { "win.duplicate-profile", { "<Control><Shift>d", NULL } },
    { "win.import-profile", { "<Control>o", NULL } },
    { "win.export-profile", { "<Control><Shift>e", NULL } },
    { "win.show-view('ladder')", { "<Alt>1", NULL } },
    { "win.show-view('skills')", { "<Alt>2", NULL } },
    { "win.show-view('plan')", { "<Alt>3", NULL } },
    { "win.show-view('interview')", { "<Alt>4", NULL } },
    { "win.show-view('progress')", { "<Alt>5", NULL } },
    { "win.profile-menu", { "F9", NULL } },
    { "win.export-pdf", { "<Control>e", NULL } },
    { "win.print", { "<Control>p", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
  };

  G_APPLICATION_CLASS (ladder_application_parent_class)->startup (application);
  ladder_style_prefer_language_fonts ();

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions),
                                   app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (app, accels[i].action, accels[i].accels);

  g_unix_signal_add (SIGTERM, on_terminate_cb, app);
  g_unix_signal_add (SIGHUP, on_terminate_cb, app);
  g_signal_connect (app, "query-end", G_CALLBACK (save_all), NULL);
}

static void
ladder_application_class_init (LadderApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = ladder_application_activate;
  app_class->open = ladder_application_open;
  app_class->startup = ladder_application_startup;
}

static void
ladder_application_init (LadderApplication *self)
{
}
