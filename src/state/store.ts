// One store for the page, built from slices (zustand's slices pattern). React binds to it in
// ui/; actions that talk to the simulation live beside it as plain functions.
import { createStore } from 'zustand/vanilla'
import { createPlaybackSlice, type PlaybackSlice } from './slices/playback'

export type AppState = PlaybackSlice

export const createAppStore = () => createStore<AppState>()((...a) => ({ ...createPlaybackSlice(...a) }))

export const appStore = createAppStore()
