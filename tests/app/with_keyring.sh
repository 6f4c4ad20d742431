#!/bin/sh
# Runs a command inside a private D-Bus session with a GNOME keyring of its own, unlocked: a
# real Secret Service for the token store's tests, never the user's own keyring.
set -eu
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
dbus-run-session -- sh -c '
    eval "$(printf relais | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    "$@"' sh "$@" 2> "$home/session.log" || { status=$?; cat "$home/session.log" >&2; exit $status; }
