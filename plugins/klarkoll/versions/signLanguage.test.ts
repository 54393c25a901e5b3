import { expect, test } from '@jest/globals'

import { signLanguageVideo } from './signLanguage'

const linkTo = (url: string) => ({
  body: {
    root: {
      children: [
        {
          children: [{ text: 'Se videon', type: 'text' }],
          fields: { linkType: 'custom', url },
          type: 'link',
        },
      ],
    },
  },
})

test('a sign-language version with a video link or video file passes', () => {
  expect(signLanguageVideo(linkTo('https://www.youtube.com/watch?v=abc'))).toEqual([])
  expect(signLanguageVideo(linkTo('https://play.exempelkommun.se/film/kontakta-oss.mp4'))).toEqual(
    [],
  )
  expect(signLanguageVideo({ video: 'https://vimeo.com/12345' })).toEqual([])
})

test('a sign-language version without a video is an error that says what to add', () => {
  const [finding] = signLanguageVideo(linkTo('https://www.exempelkommun.se/kontakta-oss'))
  expect(finding).toMatchObject({ ruleId: 'a11y/sign-language-video', severity: 'error' })
  expect(finding!.message).toContain('behöver en video på svenskt teckenspråk med svensk textning')
  expect(signLanguageVideo({ title: 'Kontakta oss på teckenspråk' })).toHaveLength(1)
})

test('a document nested deeper than any editor makes is walked without recursion', () => {
  let deep: Record<string, unknown> = { url: 'https://youtu.be/xyz' }
  for (let i = 0; i < 50_000; i++) deep = { child: deep }
  // The walk stops at its budget instead of overflowing the stack.
  expect(() => signLanguageVideo(deep)).not.toThrow()
})
