// Typed wrappers around runtime/tabs messaging, so every sender gets the response type
// that MessageMap declares for its request.
import browser from 'webextension-polyfill';
import type { Message, MessageType, Response } from './messages';

export async function sendToBackground<T extends MessageType>(message: Message<T>): Promise<Response<T>> {
  return (await browser.runtime.sendMessage(message)) as Response<T>;
}

export async function sendToTab<T extends MessageType>(tabId: number, message: Message<T>): Promise<Response<T>> {
  return (await browser.tabs.sendMessage(tabId, message)) as Response<T>;
}

/** Tells the extension's open pages (the popup) something; resolves even when none is open to listen. */
export async function notifyExtensionPages<T extends MessageType>(message: Message<T>): Promise<void> {
  await browser.runtime.sendMessage(message).catch(() => undefined);
}
