// Predict, then reveal: what a run did (outcomeOf) and how a prediction scores against it.
export { countLines, outcomeOf, PREDICT_FILE, subjectJob } from './outcome'
export { actualAnswers, END_TOLERANCE, END_TOLERANCE_TEXT, endIsRight, parseEndTime, score } from './score'
export * from './types'
