package org.lsppm.io;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator over what an input yields as it is read: {@link #fetch()} reads on until it has
 * the next element, or says there is none.
 *
 * @param <T> what is read
 */
public abstract class LookAhead<T> implements Iterator<T> {
  private T next;

  /** The next element, or null when the input has no more. */
  protected abstract T fetch();

  @Override
  public final boolean hasNext() {
    if (next == null) {
      next = fetch();
    }
    return next != null;
  }

  @Override
  public final T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T t = next;
    next = null;
    return t;
  }
}
