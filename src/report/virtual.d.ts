declare module 'virtual:report-validator' {
  interface ValidationError {
    instancePath: string;
    message?: string;
  }
  const validate: ((data: unknown) => boolean) & { errors?: ValidationError[] | null };
  export default validate;
}
