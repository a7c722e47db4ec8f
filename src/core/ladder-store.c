/* SPDX-License-Identifier: GPL-3.0-or-later
 * Profiles on disk. A file the app cannot read is never written over, moved or deleted. */
#define G_LOG_DOMAIN "ladder-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "ladder-i18n.h"
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "ladder-file-private.h"
#include "ladder-store.h"

struct _LadderStore
{
  GObject parent_instance;

  char *directory;
  GHashTable *known;  /* file name → Known: the version we read or wrote */
  GHashTable *listed; /* file name → Listed: what the last listing read, by time and size */
};

G_DEFINE_FINAL_TYPE (LadderStore, ladder_store, G_TYPE_OBJECT)

static void known_free (gpointer data);

/* A file as the last listing found it: a listing reads only files whose time or size changed
 * (the profile menu lists the store at every switch). */
typedef struct
{
  gint64 mtime;
  goffset size;
  gboolean in_full; /* read as a whole profile, not only its name */
  char *name;
  GError *error;
} Listed;

static void
listed_free (gpointer data)
{
  Listed *listed = data;

  g_free (listed->name);
  g_clear_error (&listed->error);
  g_free (listed);
}

G_DEFINE_QUARK (ladder-store-error-quark, ladder_store_error)

static void
ladder_store_finalize (GObject *object)
{
  LadderStore *self = LADDER_STORE (object);

  g_clear_pointer (&self->directory, g_free);
  g_clear_pointer (&self->known, g_hash_table_unref);
  g_clear_pointer (&self->listed, g_hash_table_unref);

  G_OBJECT_CLASS (ladder_store_parent_class)->finalize (object);
}

static void
ladder_store_class_init (LadderStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ladder_store_finalize;
}

static void
ladder_store_init (LadderStore *self)
{
  self->known = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, known_free);
  self->listed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, listed_free);
}

/**
 * ladder_store_new:
 * @directory: (nullable): the folder of profiles, or %NULL for the user's data folder
 */
LadderStore *
ladder_store_new (const char *directory)
{
  LadderStore *self = g_object_new (LADDER_TYPE_STORE, NULL);

  if (directory != NULL)
    self->directory = g_strdup (directory);
  else
    self->directory = g_build_filename (g_get_user_data_dir (), APPLICATION_ID, "profiles", NULL);
  return self;
}

const char *
ladder_store_get_directory (LadderStore *self)
{
  g_return_val_if_fail (LADDER_IS_STORE (self), NULL);
  return self->directory;
}

void
ladder_store_entry_free (LadderStoreEntry *entry)
{
  g_free (entry->file_name);
  g_free (entry->name);
  g_clear_error (&entry->error);
  g_free (entry);
}

static gboolean
is_profile_file_name (const char *file_name)
{
  return file_name[0] != '.' && g_str_has_suffix (file_name, ".json") &&
         strchr (file_name, G_DIR_SEPARATOR) == NULL;
}

/* What the store knows of a file it read or wrote: another program's change shows as another
 * time, or as other bytes under the same time (a sync tool keeping the time, a copy -p). */
typedef struct
{
  gint64 mtime;
  char *sum; /* SHA-256 of the bytes, NULL if they could not be read */
} Known;

static void
known_free (gpointer data)
{
  Known *known = data;

  g_free (known->sum);
  g_free (known);
}

static char *
content_sum (const char *data,
             gsize       length)
{
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) data, length);
}

static char *
file_sum (const char *path)
{
  g_autofree char *data = NULL;
  gsize length;

  if (!ladder_file_read (path, &data, &length, NULL))
    return NULL;
  return content_sum (data, length);
}

static gint64
mtime_of_stat (const GStatBuf *buf)
{
  return (gint64) buf->st_mtime * G_USEC_PER_SEC + buf->st_mtim.tv_nsec / 1000;
}

static gint64
mtime_of (const char *path)
{
  GStatBuf buf;

  if (g_stat (path, &buf) != 0)
    return -1;
  return mtime_of_stat (&buf);
}

static void
/* @data: the bytes just read from or written to @path */
remember (LadderStore *self,
          const char  *file_name,
          const char  *path,
          const char  *data,
          gsize        length)
{
  Known *known = g_new0 (Known, 1);

  known->mtime = mtime_of (path);
  known->sum = content_sum (data, length);
  g_hash_table_insert (self->known, g_strdup (file_name), known);
}

static gboolean
io_fail (GError    **error,
         const char *format,
         const char *subject,
         GError     *cause)
{
  g_set_error (error, LADDER_STORE_ERROR, LADDER_STORE_ERROR_IO, format, subject,
               cause != NULL ? cause->message : g_strerror (errno));
  return FALSE;
}

static gboolean
ensure_directory (const char *directory,
                  GError    **error)
{
  if (g_mkdir_with_parents (directory, 0755) != 0)
    return io_fail (error, _("Could not create the folder “%s”: %s"), directory, NULL);
  return TRUE;
}

/* Reads a profile's bytes without ever blocking or reading without limit: a pipe, a device or a
 * folder is refused by its type before anything is read, and the size is counted as read. */
gboolean
ladder_file_read (const char *path,
                   char      **data,
                   gsize      *length,
                   GError    **error)
{
  g_autoptr (GString) text = NULL;
  struct stat buf;
  int fd;

  fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    {
      int saved = errno;

      g_set_error (error, LADDER_STORE_ERROR, LADDER_STORE_ERROR_NOT_FOUND,
                   _("The file could not be opened: %s"), g_strerror (saved));
      return FALSE;
    }
  if (fstat (fd, &buf) != 0 || !S_ISREG (buf.st_mode))
    {
      g_set_error (error, LADDER_STORE_ERROR, LADDER_STORE_ERROR_NOT_FOUND,
                   _("This is not a file but a folder, a pipe or a device"));
      close (fd);
      return FALSE;
    }
  text = g_string_sized_new (MIN ((gsize) buf.st_size, LADDER_MAX_FILE_SIZE) + 1);
  for (;;)
    {
      char chunk[65536];
      gssize n = read (fd, chunk, sizeof chunk);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;

          g_set_error (error, LADDER_STORE_ERROR, LADDER_STORE_ERROR_IO,
                       _("The file could not be read: %s"), g_strerror (saved));
          close (fd);
          return FALSE;
        }
      if (n == 0)
        break;
      if (text->len + n > LADDER_MAX_FILE_SIZE)
        {
          g_autofree char *limit = g_format_size (LADDER_MAX_FILE_SIZE);

          g_set_error (error, LADDER_PROFILE_ERROR, LADDER_PROFILE_ERROR_TOO_LARGE,
                       _("The file is too large (the limit is %s)"), limit);
          close (fd);
          return FALSE;
        }
      g_string_append_len (text, chunk, n);
    }
  close (fd);
  *length = text->len;
  *data = g_string_free (g_steal_pointer (&text), FALSE);
  return TRUE;
}

/**
 * ladder_profile_load_file:
 *
 * Reads and checks a profile file anywhere on disk. The file is only read.
 */
LadderProfile *
ladder_profile_load_file (const char *path,
                          GError    **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (path != NULL, NULL);

  if (!ladder_file_read (path, &data, &length, error))
    return NULL;
  return ladder_profile_new_from_data (data, length, error);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const LadderStoreEntry *ea = *(LadderStoreEntry **) a;
  const LadderStoreEntry *eb = *(LadderStoreEntry **) b;

  return g_utf8_collate (ea->name != NULL ? ea->name : ea->file_name,
                         eb->name != NULL ? eb->name : eb->file_name);
}

/* What a listing learnt of a file, or what opening it did: the next listing of a file that
 * has not changed since uses it. */
static Listed *
list_file (LadderStore    *self,
           const char     *file_name,
           const GStatBuf *buf,
           gboolean        in_full,
           const char     *name,
           const GError   *error)
{
  Listed *listed = g_new0 (Listed, 1);

  listed->mtime = mtime_of_stat (buf);
  listed->size = buf->st_size;
  listed->in_full = in_full;
  listed->name = g_strdup (name);
  listed->error = error != NULL ? g_error_copy (error) : NULL;
  g_hash_table_replace (self->listed, g_strdup (file_name), listed);
  return listed;
}

static GPtrArray *
list_store (LadderStore *self,
            gboolean     in_full,
            GError     **error)
{
  g_autoptr (GPtrArray) entries = NULL;
  g_autoptr (GError) local_error = NULL;
  g_autoptr (GDir) dir = NULL;
  g_autoptr (GHashTable) seen = NULL;
  const char *file_name;

  g_return_val_if_fail (LADDER_IS_STORE (self), NULL);

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) ladder_store_entry_free);
  dir = g_dir_open (self->directory, 0, &local_error);
  if (dir == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return g_steal_pointer (&entries);
      g_set_error (error, LADDER_STORE_ERROR, LADDER_STORE_ERROR_IO,
                   _("Could not read the folder “%s”: %s"), self->directory,
                   local_error->message);
      return NULL;
    }

  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  while ((file_name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      LadderStoreEntry *entry;
      Listed *listed;
      GStatBuf buf;
      gint64 mtime;

      if (!is_profile_file_name (file_name))
        continue;
      path = g_build_filename (self->directory, file_name, NULL);
      if (g_stat (path, &buf) != 0 || !S_ISREG (buf.st_mode))
        continue;
      mtime = mtime_of_stat (&buf);
      listed = g_hash_table_lookup (self->listed, file_name);
      /* A file that could not be read is read again: what it lacked (a company ladder imported
       * since) may be here now. */
      if (listed == NULL || listed->mtime != mtime || listed->size != buf.st_size ||
          listed->error != NULL || (in_full && !listed->in_full))
        {
          g_autoptr (GError) reason = NULL;
          g_autofree char *name = NULL;
          g_autofree char *data = NULL;
          gsize length;
          /* A file that opening found wrong is read in full again, not only for its name. */
          gboolean full = in_full || (listed != NULL && listed->in_full && listed->error != NULL);

          if (full)
            {
              g_autoptr (LadderProfile) profile = ladder_profile_load_file (path, &reason);

              name = profile != NULL ? g_strdup (ladder_profile_get_name (profile)) : NULL;
            }
          else if (ladder_file_read (path, &data, &length, &reason))
            name = ladder_profile_peek_name (data, length, &reason);
          listed = list_file (self, file_name, &buf, full, name, reason);
        }
      entry = g_new0 (LadderStoreEntry, 1);
      entry->file_name = g_strdup (file_name);
      entry->name = g_strdup (listed->name);
      entry->error = listed->error != NULL ? g_error_copy (listed->error) : NULL;
      g_ptr_array_add (entries, entry);
      g_hash_table_add (seen, g_strdup (file_name));
    }
  /* Files gone since the last listing are forgotten. */
  {
    GHashTableIter iter;
    const char *name;

    g_hash_table_iter_init (&iter, self->listed);
    while (g_hash_table_iter_next (&iter, (gpointer *) &name, NULL))
      if (!g_hash_table_contains (seen, name))
        g_hash_table_iter_remove (&iter);
  }

  g_ptr_array_sort (entries, compare_entries);
  return g_steal_pointer (&entries);
}

/**
 * ladder_store_list:
 *
 * Lists the profiles by name. A file is read for its name, and checked as JSON and as a
 * profile's header; the rest of it is checked when it is opened (ladder_store_load() tells the
 * next listing when it cannot be). Files that have not changed since the last listing are not
 * read again.
 *
 * Returns: (transfer container) (element-type LadderStoreEntry): every profile file, readable
 * or not, sorted by name. A missing folder is an empty list.
 */
GPtrArray *
ladder_store_list (LadderStore *self,
                   GError     **error)
{
  return list_store (self, FALSE, error);
}

/**
 * ladder_store_list_checked:
 *
 * ladder_store_list(), every file read in full as a profile, so each entry that cannot be
 * opened says why.
 */
GPtrArray *
ladder_store_list_checked (LadderStore *self,
                           GError     **error)
{
  return list_store (self, TRUE, error);
}

/**
 * ladder_store_resolve:
 * @file_or_name: a file name in the store, or a profile's name
 *
 * Returns: (transfer full) (nullable): the file name of that profile
 */
char *
ladder_store_resolve (LadderStore *self,
                      const char  *file_or_name)
{
  g_autoptr (GPtrArray) entries = NULL;

  g_return_val_if_fail (LADDER_IS_STORE (self), NULL);
  g_return_val_if_fail (file_or_name != NULL, NULL);

  entries = ladder_store_list (self, NULL);
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    {
      LadderStoreEntry *entry = g_ptr_array_index (entries, i);

      if (g_strcmp0 (entry->file_name, file_or_name) == 0 ||
          g_strcmp0 (entry->name, file_or_name) == 0)
        return g_strdup (entry->file_name);
    }
  return NULL;
}

LadderProfile *
ladder_store_load (LadderStore *self,
                   const char  *file_name,
                   GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  g_autoptr (GError) local_error = NULL;
  LadderProfile *profile;
  GStatBuf buf;
  gsize length;

  g_return_val_if_fail (LADDER_IS_STORE (self), NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  /* A name from settings or another window may be anything: a path, "..", an empty string. */
  if (!is_profile_file_name (file_name))
    {
      g_set_error (error, LADDER_STORE_ERROR, LADDER_STORE_ERROR_NOT_FOUND,
                   _("“%s” is not the name of a profile in Ladder’s folder"), file_name);
      return NULL;
    }
  path = g_build_filename (self->directory, file_name, NULL);
  if (!ladder_file_read (path, &data, &length, &local_error))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  profile = ladder_profile_new_from_data (data, length, &local_error);
  if (profile != NULL)
    remember (self, file_name, path, data, length);
  /* The next listing says what opening it found. */
  if (g_stat (path, &buf) == 0)
    list_file (self, file_name, &buf, TRUE,
               profile != NULL ? ladder_profile_get_name (profile) : NULL, local_error);
  if (profile == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return profile;
}

/* A readable, human file name from the profile's name; never one that exists already. */
static char *
unique_file_name (LadderStore *self,
                  const char  *name)
{
  g_autofree char *slug = ladder_file_slug (name, "profile");

  for (guint n = 1;; n++)
    {
      g_autofree char *file_name = n == 1 ? g_strdup_printf ("%s.json", slug)
                                          : g_strdup_printf ("%s-%u.json", slug, n);
      g_autofree char *path = g_build_filename (self->directory, file_name, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return g_steal_pointer (&file_name);
    }
}

/**
 * ladder_file_slug:
 *
 * Returns: (transfer full): @name as a file name's stem: ASCII letters and digits in lower
 *   case, dashes between words, at most 40 characters; @fallback when nothing is left
 */
char *
ladder_file_slug (const char *name,
                  const char *fallback)
{
  g_autoptr (GString) slug = g_string_new (NULL);
  g_autofree char *ascii = g_str_to_ascii (name != NULL ? name : "", "C");

  for (const char *p = ascii; *p != '\0' && slug->len < 40; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0 || strspn (slug->str, "-?") == slug->len)
    g_string_assign (slug, fallback);
  return g_string_free (g_steal_pointer (&slug), FALSE);
}

/* The temporary file of a save: hidden, and named so that no other file can be taken for one. */
#define SAVING_MARK ".saving-"

/* @existed: whether there was a version before, which the failed write left as it was. */
static gboolean
write_failed (GError    **error,
              const char *path,
              gboolean    existed,
              int         saved_errno)
{
  g_autofree char *base = g_path_get_basename (path);

  if ((saved_errno == ENOSPC || saved_errno == EDQUOT) && existed)
    g_set_error (error, LADDER_STORE_ERROR, LADDER_STORE_ERROR_IO,
                 _("Could not save “%s”: the disk is full. Your previous version is "
                   "unchanged."),
                 base);
  else if (saved_errno == ENOSPC || saved_errno == EDQUOT)
    g_set_error (error, LADDER_STORE_ERROR, LADDER_STORE_ERROR_IO,
                 _("Could not save “%s”: the disk is full. Nothing was written."), base);
  else
    g_set_error (error, LADDER_STORE_ERROR, LADDER_STORE_ERROR_IO,
                 _("Could not save “%s”: %s"), base, g_strerror (saved_errno));
  return FALSE;
}

/* Write a temporary file beside the target, flush it to the disk, rename it over the target and
 * flush the folder: after a crash the file is either the old one or the new one, whole. With
 * @exclusive, the target must not exist (link() instead of rename(): two imports of one name
 * at once each get a file of their own); *@exists then says it did. */
gboolean
ladder_file_write (const char *path,
            const char *data,
            gsize       length,
            gboolean    exclusive,
            gboolean   *exists,
            GError    **error)
{
  g_autofree char *target = realpath (path, NULL);
  g_autofree char *directory = NULL;
  g_autofree char *base = NULL;
  g_autofree char *temporary = NULL;
  struct stat buf;
  int mode = 0644;
  gboolean existed = FALSE;
  int fd, dir_fd;
  gsize done = 0;

  /* A profile that is a link (into a synced folder, say) is written where it points, and keeps
   * its permissions: renaming over the link would replace it with a plain copy. */
  if (target == NULL)
    target = g_strdup (path);
  if (g_stat (target, &buf) == 0)
    {
      mode = buf.st_mode & 0777;
      existed = TRUE;
    }
  directory = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  temporary = g_strdup_printf ("%s/.%s" SAVING_MARK "XXXXXX", directory, base);

  fd = g_mkstemp_full (temporary, O_RDWR | O_CLOEXEC, mode);
  if (fd < 0)
    return write_failed (error, target, existed, errno);
  while (done < length)
    {
      gssize n = write (fd, data + done, length - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;

          close (fd);
          g_unlink (temporary);
          return write_failed (error, target, existed, saved);
        }
      done += n;
    }
  if (fchmod (fd, mode) != 0 || fsync (fd) != 0 || close (fd) != 0)
    {
      int saved = errno;

      g_unlink (temporary);
      return write_failed (error, target, existed, saved);
    }
  if (exclusive)
    {
      int saved = link (temporary, target) == 0 ? 0 : errno;

      g_unlink (temporary);
      if (saved == EEXIST)
        {
          *exists = TRUE;
          return FALSE;
        }
      if (saved != 0)
        return write_failed (error, target, existed, saved);
    }
  else if (g_rename (temporary, target) != 0)
    {
      int saved = errno;

      g_unlink (temporary);
      return write_failed (error, target, existed, saved);
    }
  dir_fd = open (directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir_fd >= 0)
    {
      fsync (dir_fd);
      close (dir_fd);
    }
  return TRUE;
}

static gboolean
write_atomically (const char *path,
                  const char *data,
                  gsize       length,
                  GError    **error)
{
  return ladder_file_write (path, data, length, FALSE, NULL, error);
}

/* ---- Earlier versions ------------------------------------------------------------------- */

static char *
versions_directory (LadderStore *self,
                    const char  *file_name)
{
  return g_build_filename (self->directory, ".versions", file_name, NULL);
}

/* A version's file name is the UTC time it was replaced: "20261122T143005Z.json". */
static gint64
version_time (const char *name)
{
  g_autoptr (GDateTime) time = NULL;
  g_autofree char *iso = NULL;

  if (strlen (name) < 21 || !g_str_has_suffix (name, ".json") || name[8] != 'T')
    return -1;
  iso = g_strdup_printf ("%.4s-%.2s-%.2sT%.2s:%.2s:%.2sZ", name, name + 4, name + 6, name + 9,
                         name + 11, name + 13);
  time = g_date_time_new_from_iso8601 (iso, NULL);
  return time != NULL ? g_date_time_to_unix (time) : -1;
}

static void
version_free (LadderStoreVersion *version)
{
  g_free (version->path);
  g_free (version);
}

static int
compare_versions (gconstpointer a,
                  gconstpointer b)
{
  const LadderStoreVersion *va = *(LadderStoreVersion **) a;
  const LadderStoreVersion *vb = *(LadderStoreVersion **) b;

  return (va->time < vb->time) - (va->time > vb->time);
}

static GPtrArray *
read_versions (LadderStore *self,
               const char  *file_name)
{
  g_autofree char *directory = versions_directory (self, file_name);
  g_autoptr (GDir) dir = g_dir_open (directory, 0, NULL);
  GPtrArray *versions = g_ptr_array_new_with_free_func ((GDestroyNotify) version_free);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      LadderStoreVersion *version;
      GStatBuf buf;
      g_autofree char *path = g_build_filename (directory, name, NULL);
      gint64 time = version_time (name);

      if (time < 0 || g_lstat (path, &buf) != 0 || !S_ISREG (buf.st_mode))
        continue;
      version = g_new0 (LadderStoreVersion, 1);
      version->path = g_steal_pointer (&path);
      version->time = time;
      version->size = buf.st_size;
      g_ptr_array_add (versions, version);
    }
  g_ptr_array_sort (versions, compare_versions);
  return versions;
}

/* The newest few, then the first of each day for a month, within a size bound: enough to go
 * back to yesterday's plan or last week's, never a folder that grows without end. */
static void
prune_versions (GPtrArray *versions,
                gint64     now)
{
  g_autoptr (GHashTable) days = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  goffset total = 0;

  /* Oldest first, so that the first version of each day is the one kept. */
  for (guint i = versions->len; i-- > 0;)
    {
      LadderStoreVersion *version = g_ptr_array_index (versions, i);
      gint64 day = version->time / (24 * 60 * 60);
      gboolean recent = i < LADDER_STORE_RECENT_VERSIONS;
      gboolean daily = now - version->time < LADDER_STORE_DAILY_DAYS * 24 * 60 * 60 &&
                       !g_hash_table_contains (days, &day);

      if (daily)
        g_hash_table_add (days, g_memdup2 (&day, sizeof day));
      version->keep = recent || daily;
    }
  for (guint i = 0; i < versions->len; i++)
    {
      LadderStoreVersion *version = g_ptr_array_index (versions, i);

      if (version->keep && i > 0 && total + version->size > LADDER_STORE_VERSIONS_MAX_BYTES)
        version->keep = FALSE;
      if (version->keep)
        total += version->size;
      else
        g_unlink (version->path);
    }
}

/* Keeps the file as it is on disk before it is replaced, unless a version was kept moments ago:
 * auto-save writes every few seconds while someone edits, and the version worth keeping is the
 * one from before they started. */
static gboolean
keep_version (LadderStore *self,
              const char  *file_name,
              const char  *path,
              gboolean     always,
              GError     **error)
{
  g_autofree char *directory = versions_directory (self, file_name);
  g_autoptr (GPtrArray) versions = read_versions (self, file_name);
  g_autoptr (GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%SZ");
  g_autofree char *target = NULL;
  g_autofree char *old = NULL;
  g_autoptr (GError) local_error = NULL;
  gsize old_length;

  if (!always && versions->len > 0 &&
      g_date_time_to_unix (now) - ((LadderStoreVersion *) versions->pdata[0])->time <
      LADDER_STORE_VERSION_INTERVAL)
    return TRUE;
  if (!ensure_directory (directory, error))
    return FALSE;
  if (!ladder_file_read (path, &old, &old_length, &local_error))
    return io_fail (error, _("Could not keep a backup of “%s”: %s"), file_name, local_error);
  for (guint n = 1;; n++)
    {
      g_autofree char *name = n == 1 ? g_strdup_printf ("%s.json", stamp)
                                     : g_strdup_printf ("%s-%u.json", stamp, n);

      g_free (target);
      target = g_build_filename (directory, name, NULL);
      if (!g_file_test (target, G_FILE_TEST_EXISTS))
        break;
    }
  /* A full disk shows here first; its message already says the profile is unchanged. */
  if (!write_atomically (target, old, old_length, error))
    return FALSE;
  g_ptr_array_unref (versions);
  versions = read_versions (self, file_name);
  prune_versions (versions, g_date_time_to_unix (now));
  return TRUE;
}

/**
 * ladder_store_list_versions:
 *
 * The earlier versions of a profile that its saves kept, newest first; also the single backup
 * that Ladder 1.0 kept in `.backup/`.
 *
 * Returns: (transfer container) (element-type LadderStoreVersion): the versions
 */
GPtrArray *
ladder_store_list_versions (LadderStore *self,
                            const char  *file_name)
{
  GPtrArray *versions;
  g_autofree char *legacy = NULL;
  GStatBuf buf;

  g_return_val_if_fail (LADDER_IS_STORE (self), NULL);
  g_return_val_if_fail (file_name != NULL && is_profile_file_name (file_name), NULL);

  versions = read_versions (self, file_name);
  legacy = g_build_filename (self->directory, ".backup", file_name, NULL);
  if (g_lstat (legacy, &buf) == 0 && S_ISREG (buf.st_mode))
    {
      LadderStoreVersion *version = g_new0 (LadderStoreVersion, 1);

      version->path = g_steal_pointer (&legacy);
      version->time = buf.st_mtime;
      version->size = buf.st_size;
      g_ptr_array_add (versions, version);
      g_ptr_array_sort (versions, compare_versions);
    }
  for (guint i = 0; i < versions->len; i++)
    ((LadderStoreVersion *) versions->pdata[i])->keep = TRUE;
  return versions;
}

/**
 * ladder_store_read_version:
 * @profile: (out) (optional) (transfer full): the version, read
 *
 * Returns: (transfer full) (nullable): the text of an earlier version, checked to be a profile
 */
char *
ladder_store_read_version (LadderStore              *self,
                           const LadderStoreVersion *version,
                           gsize                    *length,
                           LadderProfile           **profile,
                           GError                  **error)
{
  g_autofree char *data = NULL;
  g_autoptr (LadderProfile) read = NULL;
  gsize size;

  g_return_val_if_fail (LADDER_IS_STORE (self), NULL);
  g_return_val_if_fail (version != NULL, NULL);

  if (!ladder_file_read (version->path, &data, &size, error))
    return NULL;
  read = ladder_profile_new_from_data (data, size, error);
  if (read == NULL)
    return NULL;
  if (length != NULL)
    *length = size;
  if (profile != NULL)
    *profile = g_steal_pointer (&read);
  return g_steal_pointer (&data);
}

/**
 * ladder_store_keep_version:
 *
 * Keeps the file as it is now among its earlier versions, whenever the last one was kept: before
 * something replaces all of it, such as restoring an earlier version.
 */
gboolean
ladder_store_keep_version (LadderStore *self,
                           const char  *file_name,
                           GError     **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (LADDER_IS_STORE (self), FALSE);
  g_return_val_if_fail (file_name != NULL && is_profile_file_name (file_name), FALSE);

  path = g_build_filename (self->directory, file_name, NULL);
  return keep_version (self, file_name, path, TRUE, error);
}

/* A save killed between writing its temporary file and renaming it leaves
 * ".name.json.saving-XXXXXX" behind. Such files older than a minute (not another window's save in
 * progress) go. */
static void
remove_interrupted_saves (const char *directory)
{
  g_autoptr (GDir) dir = g_dir_open (directory, 0, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      const char *mark = strstr (name, SAVING_MARK);
      g_autofree char *path = NULL;
      GStatBuf buf;

      if (name[0] != '.' || mark == NULL || strlen (mark) != strlen (SAVING_MARK "XXXXXX"))
        continue;
      path = g_build_filename (directory, name, NULL);
      if (g_lstat (path, &buf) == 0 && S_ISREG (buf.st_mode) && now - buf.st_mtime > 60)
        g_unlink (path);
    }
}

/**
 * ladder_store_clean_up:
 *
 * Removes what interrupted saves left behind in the store; run once at start.
 */
void
ladder_store_clean_up (LadderStore *self)
{
  g_return_if_fail (LADDER_IS_STORE (self));
  remove_interrupted_saves (self->directory);
}

/* Writes @data under a new name made from @name, never over a file that appears meanwhile. */
static char *
write_new_profile (LadderStore *self,
                   const char  *name,
                   const char  *data,
                   gsize        length,
                   GError     **error)
{
  if (!ensure_directory (self->directory, error))
    return NULL;
  for (guint attempt = 0; attempt < 1000; attempt++)
    {
      g_autofree char *file_name = unique_file_name (self, name);
      g_autofree char *target = g_build_filename (self->directory, file_name, NULL);
      gboolean exists = FALSE;

      if (ladder_file_write (target, data, length, TRUE, &exists, error))
        {
          remember (self, file_name, target, data, length);
          return g_steal_pointer (&file_name);
        }
      if (!exists)
        return NULL;
    }
  g_set_error (error, LADDER_STORE_ERROR, LADDER_STORE_ERROR_IO,
               _("No free file name was found for “%s”"), name);
  return NULL;
}

/* The profile's text, stamped with the time, if it reads back: never make a file that Ladder
 * itself would refuse. */
static char *
text_to_write (LadderProfile *profile,
               const char    *what,
               gsize         *length,
               GError       **error)
{
  g_autoptr (GError) local_error = NULL;
  g_autoptr (LadderProfile) check = NULL;
  g_autofree char *data = NULL;

  ladder_profile_touch (profile);
  data = ladder_profile_to_data (profile, length);
  check = ladder_profile_new_from_data (data, *length, &local_error);
  if (check == NULL)
    {
      g_set_error (error, LADDER_STORE_ERROR, LADDER_STORE_ERROR_IO,
                   _("“%s” was not saved, because the file would not read back (%s); the "
                     "version on disk is unchanged"),
                   what, local_error->message);
      return NULL;
    }
  return g_steal_pointer (&data);
}

/**
 * ladder_store_save:
 *
 * Writes @profile to @file_name atomically, keeping the version on disk among the earlier
 * versions in `.versions/` (see keep_version()). Refuses to write over a file that changed since
 * it was read, a file it never read, and a profile of a newer format version.
 */
gboolean
ladder_store_save (LadderStore   *self,
                   LadderProfile *profile,
                   const char    *file_name,
                   GError       **error)
{
  g_autofree char *path = NULL;
  g_autofree char *data = NULL;
  Known *known;
  gint64 disk_mtime;
  gboolean changed = FALSE;
  gsize length;

  g_return_val_if_fail (LADDER_IS_STORE (self), FALSE);
  g_return_val_if_fail (LADDER_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (file_name != NULL && is_profile_file_name (file_name), FALSE);

  if (ladder_profile_get_read_only_reason (profile) != NULL)
    {
      g_set_error_literal (error, LADDER_PROFILE_ERROR, LADDER_PROFILE_ERROR_READ_ONLY,
                           ladder_profile_get_read_only_reason (profile));
      return FALSE;
    }
  if (ladder_profile_get_read_only (profile))
    {
      g_set_error (error, LADDER_PROFILE_ERROR, LADDER_PROFILE_ERROR_READ_ONLY,
                   _("“%s” was written by a newer version of Ladder, so it is open read-only "
                     "and was not saved"),
                   ladder_profile_get_name (profile));
      return FALSE;
    }
  if (!ensure_directory (self->directory, error))
    return FALSE;

  path = g_build_filename (self->directory, file_name, NULL);
  known = g_hash_table_lookup (self->known, file_name);
  disk_mtime = mtime_of (path);
  if (disk_mtime < 0 && known != NULL)
    {
      g_set_error (error, LADDER_STORE_ERROR, LADDER_STORE_ERROR_REMOVED,
                   _("“%s” was removed by another program"), file_name);
      return FALSE;
    }
  if (disk_mtime >= 0 && (known == NULL || known->mtime != disk_mtime))
    changed = TRUE;
  else if (disk_mtime >= 0)
    {
      g_autofree char *sum = file_sum (path);

      changed = g_strcmp0 (sum, known->sum) != 0;
    }
  if (changed)
    {
      g_set_error (error, LADDER_STORE_ERROR, LADDER_STORE_ERROR_CHANGED_ON_DISK,
                   _("“%s” was changed by another program; your changes were not saved over "
                     "it"),
                   file_name);
      return FALSE;
    }

  data = text_to_write (profile, file_name, &length, error);
  if (data == NULL)
    return FALSE;

  if (disk_mtime >= 0 && !keep_version (self, file_name, path, FALSE, error))
    return FALSE;

  if (!write_atomically (path, data, length, error))
    return FALSE;
  remember (self, file_name, path, data, length);
  return TRUE;
}

/* Forgets what the store knew of a file, so that the next save writes it afresh: for a profile
 * whose file was removed while it was open, when the person chooses to keep it. */
void
ladder_store_forget (LadderStore *self,
                     const char  *file_name)
{
  g_return_if_fail (LADDER_IS_STORE (self));
  g_hash_table_remove (self->known, file_name);
}

/**
 * ladder_store_create:
 *
 * Returns: (transfer full): the new file's name, made from the profile's name
 */
char *
ladder_store_create (LadderStore   *self,
                     LadderProfile *profile,
                     GError       **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (LADDER_IS_STORE (self), NULL);
  g_return_val_if_fail (LADDER_IS_PROFILE (profile), NULL);

  data = text_to_write (profile, ladder_profile_get_name (profile), &length, error);
  if (data == NULL)
    return NULL;
  return write_new_profile (self, ladder_profile_get_name (profile), data, length, error);
}

char *
ladder_store_duplicate (LadderStore   *self,
                        LadderProfile *profile,
                        GError       **error)
{
  g_autoptr (LadderProfile) copy = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (LADDER_IS_STORE (self), NULL);
  g_return_val_if_fail (LADDER_IS_PROFILE (profile), NULL);

  copy = ladder_profile_copy (profile);
  /* Translators: the name of a duplicated profile; %s is the original name */
  name = g_strdup_printf (_("%s (copy)"), ladder_profile_get_name (profile));
  ladder_profile_set_name (copy, name);
  return ladder_store_create (self, copy, error);
}

/**
 * ladder_store_delete:
 *
 * Moves the file into `.trash/` so that ladder_store_restore() can bring it back.
 *
 * Returns: (transfer full): the name to give ladder_store_restore()
 */
char *
ladder_store_delete (LadderStore *self,
                     const char  *file_name,
                     GError     **error)
{
  g_autofree char *trash_dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *trashed = NULL;
  g_autofree char *trash_path = NULL;

  g_return_val_if_fail (LADDER_IS_STORE (self), NULL);
  g_return_val_if_fail (file_name != NULL && is_profile_file_name (file_name), NULL);

  trash_dir = g_build_filename (self->directory, ".trash", NULL);
  if (!ensure_directory (trash_dir, error))
    return NULL;
  path = g_build_filename (self->directory, file_name, NULL);
  trashed = g_strdup_printf ("%" G_GINT64_FORMAT "-%s", g_get_real_time (), file_name);
  trash_path = g_build_filename (trash_dir, trashed, NULL);
  if (g_rename (path, trash_path) != 0)
    {
      io_fail (error, _("Could not delete “%s”: %s"), file_name, NULL);
      return NULL;
    }
  g_hash_table_remove (self->known, file_name);
  return g_steal_pointer (&trashed);
}

/**
 * ladder_store_restore:
 *
 * Returns: (transfer full): the file name the profile has again (a new one if its old name
 * was taken meanwhile)
 */
char *
ladder_store_restore (LadderStore *self,
                      const char  *trashed,
                      GError     **error)
{
  g_autofree char *trash_path = NULL;
  g_autofree char *original = NULL;
  g_autofree char *file_name = NULL;
  g_autofree char *path = NULL;
  const char *dash;

  g_return_val_if_fail (LADDER_IS_STORE (self), NULL);
  g_return_val_if_fail (trashed != NULL, NULL);

  dash = strchr (trashed, '-');
  g_return_val_if_fail (dash != NULL, NULL);
  original = g_strdup (dash + 1);

  trash_path = g_build_filename (self->directory, ".trash", trashed, NULL);
  path = g_build_filename (self->directory, original, NULL);
  if (g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *stem = g_strndup (original, strlen (original) - strlen (".json"));

      file_name = unique_file_name (self, stem);
      g_free (path);
      path = g_build_filename (self->directory, file_name, NULL);
    }
  else
    file_name = g_steal_pointer (&original);

  if (g_rename (trash_path, path) != 0)
    {
      io_fail (error, _("Could not restore “%s”: %s"), file_name, NULL);
      return NULL;
    }
  return g_steal_pointer (&file_name);
}

/**
 * ladder_store_import:
 *
 * Copies a profile file into the store, byte for byte, under a new name. Never overwrites.
 *
 * Returns: (transfer full): the new file name
 */
char *
ladder_store_import (LadderStore *self,
                     const char  *path,
                     GError     **error)
{
  g_autoptr (LadderProfile) profile = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (LADDER_IS_STORE (self), NULL);
  g_return_val_if_fail (path != NULL, NULL);

  /* Read once: the bytes checked are the bytes copied. */
  if (!ladder_file_read (path, &data, &length, error))
    return NULL;
  profile = ladder_profile_new_from_data (data, length, error);
  if (profile == NULL)
    return NULL;
  return write_new_profile (self, ladder_profile_get_name (profile), data, length, error);
}

gboolean
ladder_store_export (LadderProfile *profile,
                     const char    *path,
                     GError       **error)
{
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (LADDER_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  data = ladder_profile_to_data (profile, &length);
  return write_atomically (path, data, length, error);
}
