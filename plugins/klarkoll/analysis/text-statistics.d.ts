declare module 'text-statistics' {
  type Statistics = {
    fleschKincaidReadingEase: () => number
    wordCount: () => number
  }
  const textStatistics: (text: string) => Statistics
  export default textStatistics
}
