/* SPDX-License-Identifier: GPL-3.0-or-later
 * Points HOME and the XDG folders at a fresh temporary folder: a test never touches the real
 * home. Call first thing in main(), before anything asks GLib for those folders. */
#pragma once

#include <glib.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

/* Removes a folder and all in it. */
static inline void
ladder_test_remove_tree (const char *path)
{
  g_autoptr (GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        ladder_test_remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static inline char *
ladder_test_isolate_home (void)
{
  g_autoptr (GError) error = NULL;
  char *home = g_dir_make_tmp ("ladder-test-home-XXXXXX", &error);
  const struct
  {
    const char *variable;
    const char *folder;
  } folders[] = {
    { "XDG_DATA_HOME", "data" },
    { "XDG_CONFIG_HOME", "config" },
    { "XDG_CACHE_HOME", "cache" },
    { "XDG_STATE_HOME", "state" },
  };

  g_assert_no_error (error);
  g_setenv ("HOME", home, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (folders); i++)
    {
      g_autofree char *path = g_build_filename (home, folders[i].folder, NULL);

      g_mkdir_with_parents (path, 0700);
      g_setenv (folders[i].variable, path, TRUE);
    }
  return home;
}

/* Switches the language the translations come from, as LANGUAGE does for the app. */
static inline void
ladder_test_use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "");
}

/* Uses the build's compiled translations, starting in English. */
static inline void
ladder_test_init_translations (void)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("LADDER_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  ladder_test_use_language ("C");
}
