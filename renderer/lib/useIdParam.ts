import { useParams } from 'react-router';

/** The numeric `:id` of the current route (0 when it is not a number, which the backend rejects). */
export function useIdParam(): number {
  const { id } = useParams();
  const n = Number(id);
  return Number.isInteger(n) && n > 0 ? n : 0;
}
