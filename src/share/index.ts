// What the page needs from this layer: share links, URL options and the embed protocol.
export * from './compareLink'
export * from './embed'
export * from './pageOptions'
export * from './scenarioLink'
export * from './sharedScenario'
